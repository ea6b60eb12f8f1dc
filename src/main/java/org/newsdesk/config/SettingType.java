package org.newsdesk.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a setting holds; each checks a value as written, so a wrong type stops start-up with one line. */
public enum SettingType {
    TEXT("text"),
    URL("an http(s) URL"),
    WHOLE_NUMBER("a whole number, 0 or more"),
    PORT("a port number from 0 to 65535 (0: any free port)"),
    SECONDS("a positive number of seconds"),
    BOOLEAN("true or false"),
    CHOICE("one of the listed values"),
    USER_IDS("numeric Telegram user ids separated by commas"),
    HOST("a host name or IP address"),
    PATH("a file path");

    private static final Pattern URL_PATTERN = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_PATTERN = Pattern.compile("[A-Za-z0-9.:\\[\\]_-]+");
    private static final Pattern IDS_PATTERN = Pattern.compile("\\s*-?\\d{1,18}(\\s*[,\\s]\\s*-?\\d{1,18})*\\s*,?\\s*");

    private final String expected;

    SettingType(String expected) {
        this.expected = expected;
    }

    public String expected() {
        return expected;
    }

    String check(Setting setting, String raw) throws ConfigurationException {
        String value = raw.strip();
        String canonical = switch (this) {
            case TEXT, PATH -> value;
            case URL -> URL_PATTERN.matcher(value).matches() ? value : null;
            case WHOLE_NUMBER -> wholeNumber(value, Integer.MAX_VALUE);
            case PORT -> wholeNumber(value, 65_535);
            case SECONDS -> positiveSeconds(value);
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? value.toLowerCase(Locale.ROOT) : null;
            case CHOICE -> setting.allowed().stream().filter(allowed -> allowed.equalsIgnoreCase(value)).findFirst()
                    .orElse(null);
            case USER_IDS -> IDS_PATTERN.matcher(value).matches() ? value : null;
            case HOST -> HOST_PATTERN.matcher(value).matches() ? value : null;
        };
        if (canonical == null) {
            throw new ConfigurationException(setting.key() + " must be " + describe(setting)
                    + (setting.secret() ? "" : ", not '" + printable(value) + "'"));
        }
        return canonical;
    }

    private static String describe(Setting setting) {
        if (setting.type() != CHOICE) {
            return setting.type().expected;
        }
        List<String> allowed = setting.allowed();
        return allowed.size() == 1 ? allowed.get(0)
                : String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1);
    }

    private static String wholeNumber(String value, int max) {
        try {
            int number = Integer.parseInt(value);
            return number >= 0 && number <= max ? String.valueOf(number) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String positiveSeconds(String value) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds > 0 && seconds < 1e9 && !value.matches(".*[a-zA-Z].*") ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An error line never carries a control character or a whole pasted file. */
    private static String printable(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }
}
