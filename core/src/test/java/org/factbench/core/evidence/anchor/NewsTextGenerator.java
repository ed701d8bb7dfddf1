package org.factbench.core.evidence.anchor;

import java.util.List;
import java.util.Random;

/**
 * Generates news-like article bodies from templates written for these tests. The vocabulary is deliberately small
 * and the sentence patterns repeat, as in real reporting ("X said Y rose N% in May"), so that bodies are full of
 * lookalike sentences: the hard case for re-anchoring.
 */
final class NewsTextGenerator {

    enum Language { ENGLISH, RUSSIAN }

    private static final List<String> EN_TEMPLATES = List.of(
            "{Person}, the {role} of {org}, said the {thing} would {change} by {pct} in {month}.",
            "{Org} said on {day} that {thing} had {changed} by {pct} in the year to {month}.",
            "The {role} told reporters in {city} that the {thing} was \"{adjective} but manageable\".",
            "Analysts at {org} expect the {thing} to {change} again before the end of {month}.",
            "\"We have never seen {thing} {changed} this quickly,\" said {person}, who has worked in {city} for {n} years.",
            "According to figures published by {org}, about {big} people in {city} were affected.",
            "The {thing} in {city} {changed} by {pct}, the biggest change since {year}.",
            "{Person} declined to comment on the {thing}, saying only that talks with {org} were continuing.",
            "Officials in {city} said the {thing} would be reviewed in {month} after complaints from residents.",
            "The decision was welcomed by {org}, which had campaigned for a {adjective} {thing} since {year}.",
            "Critics said the plan did little to address the {thing} and called on {person} to resign.",
            "In a statement on {day}, {org} said it had set aside {money} to cover the cost of the {thing}.",
            "The {role} is expected to meet representatives of {org} in {city} on {day}.",
            "Shares in {org} {changed} {pct} in early trading in {city} after the announcement.",
            "{Person} said the {thing} was a matter for {org} and not for the government.",
            "It is the {ordinal} time this year that {org} has warned about the {thing}.",
            "Residents of {city} have until {month} to respond to the consultation on the {thing}.",
            "The {thing} had been {changed} by {pct} a year earlier, when {person} was {role}.",
            "{Org} did not respond to a request for comment.",
            "A spokesperson for {org} said the figures were being checked.",
            "Police in {city} said {n} people had been arrested and {n2} were later released without charge.",
            "The report, which runs to {n} pages, blames the {thing} on a {adjective} lack of investment.",
            "Speaking at a conference in {city}, {person} said {org} would \"do whatever it takes\".",
            "Turnout was {pct}, down from {pct2} at the previous election in {year}.",
            "The {thing} affects {big} households, most of them in and around {city}.");

    private static final List<String> RU_TEMPLATES = List.of(
            "{Person}, {role} {org}, заявил, что {thing} изменится на {pct} в {monthPrep}.",
            "В {day} {org} сообщила, что {thing} за год выросла на {pct}.",
            "По данным {org}, в городе {city} пострадали около {big} человек.",
            "«Мы никогда не видели, чтобы {thing} менялась так быстро», — сказал {person}.",
            "{Person} отказался комментировать ситуацию, сообщив лишь, что переговоры с {org} продолжаются.",
            "Власти города {city} пообещали пересмотреть решение в {monthPrep} после жалоб жителей.",
            "Критики заявили, что план не решает проблему, и призвали {person} уйти в отставку.",
            "В заявлении {org} говорится, что на покрытие расходов выделено {money}.",
            "Акции {org} подешевели на {pct} в начале торгов после объявления.",
            "Это уже {ordinal} предупреждение {org} с начала года.",
            "В {org} не ответили на запрос о комментарии.",
            "Явка составила {pct}, тогда как на предыдущих выборах в {year} году она достигала {pct2}.");

    private static final String[] EN_PEOPLE = {"Maria Jensen", "James Okafor", "Ana Petrova", "David Clarke", "Leila Haddad",
            "Tom Brennan", "Sofia Moreno", "Raj Patel", "Emma Lindqvist", "Kwame Mensah", "Hannah Weiss", "Luca Bianchi"};
    private static final String[] EN_ROLES = {"chief executive", "chairman", "finance minister", "head", "spokesman",
            "director", "mayor", "general secretary", "deputy leader"};
    private static final String[] EN_ORGS = {"the central bank", "the transport ministry", "the city council",
            "the national statistics office", "Northgate Energy", "the teachers' union", "the health authority",
            "Harbour Holdings", "the European Commission", "the opposition party", "the chamber of commerce"};
    private static final String[] EN_THINGS = {"inflation rate", "ticket price", "housing budget", "fuel duty",
            "waiting list", "unemployment rate", "water bill", "school budget", "bridge repair plan", "rail timetable",
            "pension age", "export tariff"};
    private static final String[] EN_CITIES = {"Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Lyon", "Porto",
            "Gdansk", "Tbilisi", "Baku", "Yerevan", "Tallinn"};
    private static final String[] EN_CHANGE = {"rise", "fall", "increase", "drop", "grow"};
    private static final String[] EN_CHANGED = {"risen", "fallen", "increased", "dropped", "grown", "rose", "fell"};
    private static final String[] EN_ADJ = {"large", "small", "high", "low", "steep", "slow", "sharp", "long"};
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] EN_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] EN_ORDINALS = {"second", "third", "fourth", "fifth"};

    private static final String[] RU_PEOPLE = {"Мария Иенсен", "Иван Петров", "Анна Смирнова", "Давид Кларк",
            "Лейла Хаддад", "Олег Бреннан", "Софья Морено", "Рашид Алиев"};
    private static final String[] RU_ROLES = {"глава", "председатель", "министр финансов", "представитель", "директор", "мэр"};
    private static final String[] RU_ORGS = {"Центробанка", "министерства транспорта", "городского совета",
            "Росстата", "компании «Северная энергия»", "профсоюза учителей", "торговой палаты"};
    private static final String[] RU_THINGS = {"инфляция", "цена билета", "квартплата", "очередь на жильё",
            "безработица", "пошлина на экспорт", "пенсия"};
    private static final String[] RU_CITIES = {"Казань", "Самара", "Тверь", "Баку", "Ереван", "Тбилиси", "Пермь"};
    private static final String[] RU_MONTHS_PREP = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};
    private static final String[] RU_DAYS = {"понедельник", "вторник", "среду", "четверг", "пятницу"};
    private static final String[] RU_ORDINALS = {"второе", "третье", "четвёртое", "пятое"};

    private final Random random;
    private final Language language;

    NewsTextGenerator(Random random, Language language) {
        this.random = random;
        this.language = language;
    }

    /** A body of about {@code targetChars} characters: paragraphs of one to four sentences, separated by blank lines. */
    String body(int targetChars) {
        StringBuilder body = new StringBuilder(targetChars + 400);
        while (body.length() < targetChars) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(paragraph());
        }
        return body.toString();
    }

    String paragraph() {
        int sentences = 1 + random.nextInt(4);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(sentence());
        }
        return paragraph.toString();
    }

    String sentence() {
        List<String> templates = language == Language.ENGLISH ? EN_TEMPLATES : RU_TEMPLATES;
        return fill(templates.get(random.nextInt(templates.size())));
    }

    /** A word that fits news text, for edits that replace or insert words. */
    String word() {
        String[] pool = language == Language.ENGLISH
                ? new String[] {"recent", "new", "official", "revised", "local", "national", "planned", "annual", "early", "final"}
                : new String[] {"новый", "официальный", "местный", "годовой", "пересмотренный", "итоговый"};
        return pool[random.nextInt(pool.length)];
    }

    private String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            int close = template.indexOf('}', open);
            out.append(slot(template.substring(open + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    private String slot(String name) {
        boolean english = language == Language.ENGLISH;
        String value = switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "person" -> pick(english ? EN_PEOPLE : RU_PEOPLE);
            case "role" -> pick(english ? EN_ROLES : RU_ROLES);
            case "org" -> pick(english ? EN_ORGS : RU_ORGS);
            case "thing" -> pick(english ? EN_THINGS : RU_THINGS);
            case "city" -> pick(english ? EN_CITIES : RU_CITIES);
            case "change" -> pick(EN_CHANGE);
            case "changed" -> pick(EN_CHANGED);
            case "adjective" -> pick(EN_ADJ);
            case "month" -> pick(EN_MONTHS);
            case "monthprep" -> pick(RU_MONTHS_PREP);
            case "day" -> pick(english ? EN_DAYS : RU_DAYS);
            case "ordinal" -> pick(english ? EN_ORDINALS : RU_ORDINALS);
            case "pct", "pct2" -> (1 + random.nextInt(40)) + (random.nextBoolean() ? "" : "." + random.nextInt(10)) + "%";
            case "n", "n2" -> Integer.toString(2 + random.nextInt(60));
            case "big" -> String.format(java.util.Locale.ROOT, "%,d", 1_000 + random.nextInt(90) * 1_000);
            case "year" -> Integer.toString(1995 + random.nextInt(28));
            case "money" -> english ? (1 + random.nextInt(900)) + " million pounds" : (1 + random.nextInt(900)) + " млн рублей";
            default -> throw new IllegalArgumentException("unknown template slot " + name);
        };
        return Character.isUpperCase(name.charAt(0)) ? Character.toUpperCase(value.charAt(0)) + value.substring(1) : value;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
