{{/*
A component's application.properties: the non-secret settings, mounted at /work/config/ where Quarkus
reads it (ordinal 260: above the defaults in the jar, below environment variables, which carry the
secrets). Sorted by key, so the checksum changes only when a setting does.
*/}}
{{- define "entente.applicationProperties" -}}
{{- $root := .root -}}
{{- $v := $root.Values -}}
{{- $props := dict -}}
{{- /* tokens: every component */ -}}
{{- if $v.auth.jwksUrl -}}
{{- $_ := set $props "mp.jwt.verify.publickey.location" $v.auth.jwksUrl -}}
{{- else if include "entente.jwt.secret" $root -}}
{{- $_ := set $props "mp.jwt.verify.publickey.location" (printf "/etc/entente/jwt/%s" (include "entente.jwt.key" $root)) -}}
{{- end -}}
{{- with $v.auth.issuer -}}{{- $_ := set $props "mp.jwt.verify.issuer" . -}}{{- end -}}
{{- with $v.auth.audiences -}}{{- $_ := set $props "mp.jwt.verify.audiences" . -}}{{- end -}}
{{- with $v.auth.groupsPath -}}{{- $_ := set $props "smallrye.jwt.path.groups" . -}}{{- end -}}
{{- if ne .name "gateway" -}}
{{- /* Kafka: the three services */ -}}
{{- $kafka := $v.kafka -}}
{{- $_ := set $props "kafka.bootstrap.servers" $kafka.bootstrapServers -}}
{{- $_ := set $props "kafka.security.protocol" $kafka.securityProtocol -}}
{{- if include "entente.kafka.sasl" $root -}}
{{- $_ := set $props "kafka.sasl.mechanism" $kafka.sasl.mechanism -}}
{{- end -}}
{{- if include "entente.kafka.truststoreSecret" $root -}}
{{- $_ := set $props "kafka.ssl.truststore.location" (printf "/etc/entente/kafka/truststore/%s" (include "entente.kafka.truststoreKey" $root)) -}}
{{- $_ := set $props "kafka.ssl.truststore.type" $kafka.tls.truststore.type -}}
{{- end -}}
{{- if $kafka.tls.keystore.existingSecret -}}
{{- $_ := set $props "kafka.ssl.keystore.location" (printf "/etc/entente/kafka/keystore/%s" $kafka.tls.keystore.key) -}}
{{- $_ := set $props "kafka.ssl.keystore.type" $kafka.tls.keystore.type -}}
{{- end -}}
{{- range $key, $value := $kafka.properties -}}
{{- $_ := set $props (printf "kafka.%s" $key) $value -}}
{{- end -}}
{{- $_ := set $props "entente.reference-data.load-on-empty" $v.referenceData.loadOnEmpty -}}
{{- end -}}
{{- /* the stores */ -}}
{{- $database := include "entente.postgresql.database" .name -}}
{{- if $database -}}
{{- $_ := set $props "quarkus.datasource.jdbc.url" (include "entente.postgresql.jdbcUrl" (dict "root" $root "database" $database)) -}}
{{- $_ := set $props "quarkus.datasource.jdbc.max-size" $v.postgresql.maxPoolSize -}}
{{- end -}}
{{- if eq .name "exercise-service" -}}
{{- $_ := set $props "quarkus.mongodb.database" $v.mongodb.database -}}
{{- end -}}
{{- if eq .name "gateway" -}}
{{- /* the gateway: where the services are, its edge */ -}}
{{- range $service := list "alliance-service" "agreement-service" "exercise-service" -}}
{{- $_ := set $props (printf "entente.gateway.upstreams.%s.urls" $service) (printf "http://%s:8080" (include "entente.componentFullname" (dict "root" $root "name" $service))) -}}
{{- end -}}
{{- $rl := .c.rateLimit -}}
{{- $_ := set $props "entente.gateway.rate-limit.enabled" $rl.enabled -}}
{{- $_ := set $props "entente.gateway.rate-limit.requests" $rl.requests -}}
{{- $_ := set $props "entente.gateway.rate-limit.period" $rl.period -}}
{{- range $role, $requests := $rl.roles -}}
{{- $_ := set $props (printf "entente.gateway.rate-limit.roles.%s" $role) $requests -}}
{{- end -}}
{{- range $route, $limit := $rl.routes -}}
{{- range $setting, $value := $limit -}}
{{- if eq $setting "roles" -}}
{{- range $role, $requests := $value -}}
{{- $_ := set $props (printf "entente.gateway.rate-limit.routes.%s.roles.%s" $route $role) $requests -}}
{{- end -}}
{{- else -}}
{{- $_ := set $props (printf "entente.gateway.rate-limit.routes.%s.%s" $route $setting) $value -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- with .c.corsOrigins -}}
{{- $_ := set $props "quarkus.http.cors.origins" (join "," .) -}}
{{- end -}}
{{- if .c.forwardedHeaders.enabled -}}
{{- $_ := set $props "quarkus.http.proxy.proxy-address-forwarding" true -}}
{{- $_ := set $props "quarkus.http.proxy.allow-x-forwarded" true -}}
{{- with .c.forwardedHeaders.trustedProxies -}}
{{- $_ := set $props "quarkus.http.proxy.trusted-proxies" (join "," .) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- /* the user's own settings last: they win */ -}}
{{- range $key, $value := .c.config -}}
{{- $_ := set $props $key $value -}}
{{- end -}}
# {{ .name }}: settings of the Helm release {{ $root.Release.Name }}; secrets come as environment variables
{{- range $key := keys $props | sortAlpha }}
{{ $key }}={{ include "entente.propertyValue" (index $props $key) | replace "\\" "\\\\" | replace "\n" "\\n" }}
{{- end }}
{{ end -}}

{{/* A value as text: whole numbers without an exponent (Helm reads numbers from values files as floats). */}}
{{- define "entente.propertyValue" -}}
{{- if and (kindIs "float64" .) (eq (float64 (int64 .)) .) -}}
{{- int64 . -}}
{{- else -}}
{{- toString . -}}
{{- end -}}
{{- end -}}
