# The service as an image (docs/operations.md, "Many instances on MongoDB"): built from this folder with Maven, run
# on a JRE. Build: docker build -t entente .   Run: docker run -p 8080:8080 -e MONGODB_URI=… entente
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# the service's jar and what it is made of; the tests run in CI, not in the image build
RUN mvn -B -q -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:17-jre AS run
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin entente
WORKDIR /app
COPY --from=build /src/bootstrap/target/entente.jar /app/entente.jar
USER entente
EXPOSE 8080
# java is the container's first process, so a stop's SIGTERM reaches it and the service stops gracefully
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/entente.jar"]
