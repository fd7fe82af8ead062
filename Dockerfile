# syntax=docker/dockerfile:1
# Build stage: restore and publish with the SDK image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig PlaybookPortal.sln ./
COPY src/ src/
COPY content/ content/
RUN dotnet publish src/PlaybookPortal.Web/PlaybookPortal.Web.csproj -c Release -o /app --nologo

# Run stage: the ASP.NET runtime image, as its built-in non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Portal__DataPath=/data
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME ["/data"]
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["dotnet", "PlaybookPortal.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "PlaybookPortal.Web.dll"]
