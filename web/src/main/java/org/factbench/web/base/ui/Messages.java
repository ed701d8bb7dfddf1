package org.factbench.web.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text the UI shows comes from here. Each feature keeps its own bundle, {@code i18n/<feature>.properties}
 * (UTF-8), so screens grow without sharing one file; a translation is a sibling {@code <feature>_ru.properties}.
 * Keys are prefixed by their feature ({@code board.title}); a key defined twice fails at start.
 * Views call {@code getTranslation(key, args...)}; arguments use {@link MessageFormat} syntax.
 */
@Component
public class Messages implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final Locale DEFAULT = Locale.ENGLISH;

    private final Map<Locale, Map<String, String>> texts = new HashMap<>();

    Messages() {
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                load(bundle);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles under i18n/", e);
        }
    }

    private void load(Resource bundle) throws IOException {
        String name = bundle.getFilename();
        int underscore = name.indexOf('_');
        Locale locale = underscore < 0 ? DEFAULT
                : Locale.forLanguageTag(name.substring(underscore + 1, name.length() - ".properties".length()));
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> target = texts.computeIfAbsent(locale, l -> new HashMap<>());
        for (String key : properties.stringPropertyNames()) {
            if (target.putIfAbsent(key, properties.getProperty(key)) != null) {
                throw new IllegalStateException("Message key " + key + " is defined twice (again in " + name + ")");
            }
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.copyOf(texts.keySet());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = find(key, locale == null ? DEFAULT : locale);
        if (pattern == null) {
            log.warn("No message for key {}", key);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? DEFAULT : locale).format(params);
    }

    /** For code outside a component (services, downloads): the text in the default language. */
    public String get(String key, Object... params) {
        return getTranslation(key, DEFAULT, params);
    }

    private String find(String key, Locale locale) {
        Map<String, String> exact = texts.get(locale);
        if (exact != null && exact.containsKey(key)) return exact.get(key);
        Map<String, String> language = texts.get(Locale.forLanguageTag(locale.getLanguage()));
        if (language != null && language.containsKey(key)) return language.get(key);
        return texts.getOrDefault(DEFAULT, Map.of()).get(key);
    }
}
