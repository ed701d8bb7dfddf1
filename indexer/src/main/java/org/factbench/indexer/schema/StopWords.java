package org.factbench.indexer.schema;

import java.util.List;

/**
 * Stop words for the languages Lucene has no list for. Short on purpose: conjunctions, pronouns, postpositions
 * and forms of "to be" that carry no topic, so that a phrase still matches through them (the stop filter keeps the
 * positions) while a search for them alone finds nothing. Lower case, as the lowercase filter leaves the tokens
 * (Azerbaijani in the Turkic casing of {@link TurkicText}).
 */
final class StopWords {

    static final List<String> AZERBAIJANI = List.of(
            "və", "ilə", "ya", "yaxud", "amma", "lakin", "ancaq", "ki", "da", "də", "isə", "həm", "nə", "hər",
            "bu", "o", "bir", "belə", "elə", "həmin", "öz", "özü", "bunu", "bunun", "buna", "ona", "onu", "onun",
            "ondan", "onlar", "onların", "mən", "sən", "biz", "siz", "bizim", "sizin", "mənim", "sənin",
            "üçün", "kimi", "qədər", "görə", "sonra", "əvvəl", "artıq", "hələ", "indi", "yenə", "çox", "daha",
            "olan", "olaraq", "olub", "olur", "oldu", "olmuş", "idi", "deyil", "var", "yox",
            "kim", "hansı", "necə", "niyə", "harada", "burada", "orada", "bəzi", "heç", "başqa");

    static final List<String> GEORGIAN = List.of(
            "და", "ან", "თუ", "რომ", "მაგრამ", "ხოლო", "კი", "არ", "ვერ", "ნუ", "არც", "ეს", "ის", "ამ", "იმ",
            "ამის", "იმის", "მისი", "მათი", "ჩვენ", "თქვენ", "ისინი", "მე", "შენ", "ჩემი", "შენი", "ჩვენი",
            "თავისი", "ყველა", "ყველაფერი", "ძალიან", "კიდევ", "უკვე", "მხოლოდ", "ასევე", "როგორც", "რაც",
            "რა", "ვინ", "სად", "როდის", "რატომ", "როგორ", "აქ", "იქ", "ახლა", "შესახებ", "შემდეგ", "მიერ",
            "უნდა", "არის", "იყო", "იქნება", "ყოფილა", "იყვნენ", "არიან");

    static final List<String> UKRAINIAN = List.of(
            "і", "й", "та", "а", "але", "або", "чи", "ні", "не", "же", "ж", "бо", "так", "також", "теж",
            "в", "у", "на", "з", "із", "зі", "до", "за", "від", "по", "про", "для", "при", "під", "над", "між",
            "через", "після", "перед", "без", "що", "це", "як", "щоб", "якщо", "коли", "де", "там", "тут",
            "він", "вона", "воно", "вони", "ми", "ви", "я", "ти", "його", "її", "їх", "ним", "них", "нам", "вам",
            "цей", "ця", "ці", "той", "те", "ті", "який", "яка", "яке", "які", "свій", "своє", "свої", "своїх",
            "був", "була", "було", "були", "є", "буде", "будуть", "вже", "ще", "лише", "тільки", "усі", "всі",
            "весь", "вся", "все");

    private StopWords() {
    }
}
