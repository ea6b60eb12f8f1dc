# Newsdesk in a container: built with Maven, run as a non-root user.
# Not built or run on the project's machines (no container engine runs there); see the README.
#   docker build -t newsdesk .
#   docker run -e TELEGRAM_BOT_TOKEN=... -v newsdesk-data:/app/data -p 127.0.0.1:8080:8080 newsdesk

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY prompts prompts
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
# curl, for the health check only
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newsdesk
WORKDIR /app
COPY --from=build /build/target/newsdesk.jar /app/newsdesk.jar
COPY prompts /app/prompts
COPY knowledge /app/knowledge
RUN mkdir -p /app/data && chown -R newsdesk /app/data
USER newsdesk
# the listener on every interface of the container, so the host's port mapping reaches it;
# the embedding model is copied out of the jar once, into the data volume
ENV NEWSDESK_HTTP_PORT=8080 \
    NEWSDESK_HTTP_HOST=0.0.0.0 \
    XDG_CACHE_HOME=/app/data/cache
VOLUME ["/app/knowledge", "/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["java", "-jar", "/app/newsdesk.jar"]
CMD ["telegram"]
