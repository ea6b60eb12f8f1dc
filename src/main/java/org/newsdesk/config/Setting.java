package org.newsdesk.config;

import java.util.List;

/**
 * One declared setting: its key (the environment variable's name, also the key in the properties file),
 * what values it takes, its default, and whether it is a secret, which is never printed.
 *
 * @param defaultValue the value when nothing sets it, or null when unset is meaningful (no token: console)
 * @param allowed      for {@link SettingType#CHOICE}, the values it takes, in their canonical spelling
 */
public record Setting(String key, SettingType type, String defaultValue, List<String> allowed, boolean secret,
                      String description) {

    public Setting {
        allowed = List.copyOf(allowed);
    }

    static Setting of(String key, SettingType type, String defaultValue, String description) {
        return new Setting(key, type, defaultValue, List.of(), false, description);
    }

    static Setting secret(String key, String description) {
        return new Setting(key, SettingType.TEXT, null, List.of(), true, description);
    }

    static Setting choice(String key, String defaultValue, List<String> allowed, String description) {
        return new Setting(key, SettingType.CHOICE, defaultValue, allowed, false, description);
    }

    /** A value as it was written, checked and in canonical form ("INFO" for "info"); a one-line error otherwise. */
    String checked(String value) throws ConfigurationException {
        return type.check(this, value);
    }
}
