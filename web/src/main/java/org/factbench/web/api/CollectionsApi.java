package org.factbench.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.collection.CollectionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Collections of claims (e.g. one debate or press conference). */
@RestController
@RequestMapping("/api/v1/collections")
@Tag(name = "Collections")
class CollectionsApi {

    private final CollectionService collections;

    CollectionsApi(CollectionService collections) {
        this.collections = collections;
    }

    @GetMapping
    @Operation(summary = "All collections")
    ApiPage<CollectionView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        return ApiPage.of(collections.all(), request.page(), request.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One collection; ETag is its version")
    ResponseEntity<CollectionView> get(@PathVariable long id, WebRequest request) {
        CollectionView collection = collections.get(id);
        if (request.checkNotModified(Versions.etag(collection.version()))) return null;
        return ResponseEntity.ok().eTag(Versions.etag(collection.version())).body(collection);
    }
}
