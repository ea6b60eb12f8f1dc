package org.newsdesk.config;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every setting Newsdesk reads, declared once: the parts that use one (the Telegram adapter, the model
 * connection, the HTTP listener, logging) read it through {@link Settings} by these declarations. The
 * README's configuration table and {@code newsdesk.properties.example} are checked against this list.
 */
public final class Schema {

    public static final Setting CONFIG = Setting.of("NEWSDESK_CONFIG", SettingType.PATH, "newsdesk.properties",
            "The properties file to read settings from (environment only)");
    public static final Setting TELEGRAM_BOT_TOKEN = Setting.secret("TELEGRAM_BOT_TOKEN",
            "Bot token from BotFather; when set, the bot runs on Telegram");
    public static final Setting TELEGRAM_API_URL = Setting.of("TELEGRAM_API_URL", SettingType.URL,
            "https://api.telegram.org", "Bot API base URL (a self-hosted Bot API server, or a test fake)");
    public static final Setting ADMINS = Setting.of("NEWSDESK_ADMINS", SettingType.USER_IDS, null,
            "Comma-separated numeric Telegram user ids allowed to /reload, /stats, /unanswered");
    public static final Setting TELEGRAM_WEBHOOK_URL = Setting.of("TELEGRAM_WEBHOOK_URL", SettingType.URL, null,
            "Public HTTPS URL Telegram pushes updates to (webhook mode, served on NEWSDESK_HTTP_PORT at its path); unset: long polling");
    public static final Setting TELEGRAM_WEBHOOK_SECRET = Setting.secret("TELEGRAM_WEBHOOK_SECRET",
            "Secret Telegram sends with every pushed update (1-256 of A-Z, a-z, 0-9, _ and -); required with a webhook");
    public static final Setting DATABASE_URL = Setting.of("NEWSDESK_DATABASE_URL", SettingType.TEXT, null,
            "JDBC URL of the PostgreSQL database several instances share (jdbc:postgresql://host:5432/db?user=bot); unset: files under --data, one process");
    public static final Setting DATABASE_PASSWORD = Setting.secret("NEWSDESK_DATABASE_PASSWORD",
            "Password of the PostgreSQL user");
    public static final Setting LLM = Setting.choice("NEWSDESK_LLM", "none", List.of("none", "openai", "ollama"),
            "The language model provider, or none for extractive answers");
    public static final Setting MODEL = Setting.of("NEWSDESK_MODEL", SettingType.TEXT, null,
            "Model name for the configured provider (required with a provider)");
    public static final Setting OPENAI_BASE_URL = Setting.of("OPENAI_BASE_URL", SettingType.URL,
            "https://api.openai.com/v1",
            "Any OpenAI-compatible server (OpenAI, vLLM, llama.cpp, LM Studio, Ollama's /v1)");
    public static final Setting OPENAI_API_KEY = Setting.secret("OPENAI_API_KEY",
            "API key of the OpenAI-compatible server (required for api.openai.com)");
    public static final Setting OLLAMA_BASE_URL = Setting.of("OLLAMA_BASE_URL", SettingType.URL,
            "http://localhost:11434", "Ollama server");
    /** Local models on a CPU can take tens of seconds for a paragraph; longer than the default, readers give up. */
    public static final Setting LLM_TIMEOUT = Setting.of("NEWSDESK_LLM_TIMEOUT", SettingType.SECONDS, "60",
            "Seconds one model call may take before the extractive answer is given instead");
    public static final Setting LLM_RETRIES = Setting.of("NEWSDESK_LLM_RETRIES", SettingType.WHOLE_NUMBER, "1",
            "Retries of a failed (non-streaming) model call");
    public static final Setting LLM_COOLDOWN = Setting.of("NEWSDESK_LLM_COOLDOWN", SettingType.SECONDS, "30",
            "Seconds after a model failure during which answers are extractive without trying the model");
    public static final Setting LLM_VERIFY = Setting.of("NEWSDESK_LLM_VERIFY", SettingType.BOOLEAN, "false",
            "Whether the model is also asked, in a separate call, if each cited passage supports its sentence");
    public static final Setting EMBEDDING_MODEL = Setting.choice("NEWSDESK_EMBEDDING_MODEL", "e5-small-v2-q",
            List.of("e5-small-v2-q", "all-minilm-l6-v2-q"), "In-process embedding model");
    public static final Setting HTTP_PORT = Setting.of("NEWSDESK_HTTP_PORT", SettingType.PORT, null,
            "Port of the health and metrics listener (/healthz, /readyz, /metrics); unset: no listener");
    public static final Setting HTTP_HOST = Setting.of("NEWSDESK_HTTP_HOST", SettingType.HOST, "127.0.0.1",
            "Address the health and metrics listener binds to (0.0.0.0: every interface)");
    public static final Setting LOG_LEVEL = Setting.choice("NEWSDESK_LOG_LEVEL", "INFO",
            List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR"), "Log level of Newsdesk's own logs");
    public static final Setting LOG_FORMAT = Setting.choice("NEWSDESK_LOG_FORMAT", "text", List.of("text", "json"),
            "Logs as text lines, or one JSON object per line");

    /** In the order the README and {@code newsdesk config} list them. */
    public static final List<Setting> ALL = List.of(TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, ADMINS,
            TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET, DATABASE_URL, DATABASE_PASSWORD, LLM, MODEL,
            OPENAI_BASE_URL, OPENAI_API_KEY, OLLAMA_BASE_URL, LLM_TIMEOUT, LLM_RETRIES, LLM_COOLDOWN, LLM_VERIFY,
            EMBEDDING_MODEL, HTTP_PORT, HTTP_HOST, LOG_LEVEL, LOG_FORMAT, CONFIG);

    /** Prefixes of our keys: in the environment, an unknown key with the first is an error, the others are ignored. */
    static final String OWN_PREFIX = "NEWSDESK_";
    static final List<String> KNOWN_PREFIXES = List.of(OWN_PREFIX, "TELEGRAM_", "OPENAI_", "OLLAMA_");

    private Schema() {
    }

    static Optional<Setting> find(String key) {
        return ALL.stream().filter(setting -> setting.key().equals(key)).findFirst();
    }

    /** The declared key nearest to a misspelt one, by edit distance. */
    static String closest(String key) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return ALL.stream().map(Setting::key).min(Comparator.comparingInt(known -> distance.apply(known, key)))
                .orElseThrow();
    }
}
