{{/*
Names and labels.
*/}}
{{- define "entente.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "entente.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "entente.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
The four components: values key -> component name. Every per-service template ranges over this.
*/}}
{{- define "entente.components" -}}
allianceService: alliance-service
agreementService: agreement-service
exerciseService: exercise-service
gateway: gateway
{{- end -}}

{{/*
A component's context, for the templates below: dict root (the chart's top context), key (values key),
name (component name), c (its values).
*/}}
{{- define "entente.componentFullname" -}}
{{- printf "%s-%s" (include "entente.fullname" .root | trunc 46 | trimSuffix "-") .name -}}
{{- end -}}

{{- define "entente.labels" -}}
helm.sh/chart: {{ include "entente.chart" .root }}
{{ include "entente.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: entente
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "entente.selectorLabels" -}}
app.kubernetes.io/name: {{ include "entente.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- if .name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}
{{- end -}}

{{/* Labels of a release-wide resource (no component): the top context. */}}
{{- define "entente.releaseLabels" -}}
{{ include "entente.labels" (dict "root" . "name" "") }}
{{- end -}}

{{- define "entente.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "entente.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* A component's image reference. */}}
{{- define "entente.image" -}}
{{- $global := .root.Values.image -}}
{{- $own := .c.image | default dict -}}
{{- $registry := default $global.registry $own.registry -}}
{{- $repository := $own.repository -}}
{{- $ref := ternary $repository (printf "%s/%s" (trimSuffix "/" $registry) $repository) (empty $registry) -}}
{{- if $own.digest -}}
{{- printf "%s@%s" $ref $own.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (default (default .root.Chart.AppVersion $global.tag) $own.tag) -}}
{{- end -}}
{{- end -}}

{{- define "entente.imagePullPolicy" -}}
{{- $own := .c.image | default dict -}}
{{- default .root.Values.image.pullPolicy $own.pullPolicy -}}
{{- end -}}

{{/*
Secrets. Each group's Secret is the user's existingSecret or the chart's <fullname>-<group>. These
helpers name the Secret and key each component reads, and say whether the chart renders it.
*/}}

{{/* The PostgreSQL login of a database (alliances or agreements): a dict secret, usernameKey, passwordKey, own (the chart renders it), ownName. */}}
{{- define "entente.postgresql.login" -}}
{{- $root := .root -}}
{{- $pg := $root.Values.postgresql -}}
{{- $db := index $pg .database -}}
{{- $dbAuth := $db.auth | default dict -}}
{{- $separate := not (and (empty $dbAuth.existingSecret) (empty $dbAuth.password)) -}}
{{- $auth := ternary $dbAuth $pg.auth $separate -}}
{{- $chartSecret := ternary (printf "%s-postgresql-%s" (include "entente.fullname" $root) .database) (printf "%s-postgresql" (include "entente.fullname" $root)) $separate -}}
{{- $login := dict "username" (default $pg.auth.username $auth.username) "password" ($auth.password | default "") -}}
{{- if $auth.existingSecret -}}
{{- $_ := set $login "secret" $auth.existingSecret -}}
{{- $_ := set $login "usernameKey" (default "username" $auth.usernameKey) -}}
{{- $_ := set $login "passwordKey" (default "password" $auth.passwordKey) -}}
{{- $_ := set $login "rendered" false -}}
{{- else -}}
{{- $_ := set $login "secret" $chartSecret -}}
{{- $_ := set $login "usernameKey" "username" -}}
{{- $_ := set $login "passwordKey" "password" -}}
{{- $_ := set $login "rendered" true -}}
{{- end -}}
{{- toYaml $login -}}
{{- end -}}

{{- define "entente.postgresql.database" -}}
{{- if eq . "alliance-service" -}}alliances{{- else if eq . "agreement-service" -}}agreements{{- end -}}
{{- end -}}

{{- define "entente.postgresql.jdbcUrl" -}}
{{- $pg := .root.Values.postgresql -}}
{{- $db := index $pg .database -}}
{{- $params := list (printf "sslmode=%s" $pg.sslmode) -}}
{{- if include "entente.postgresql.caSecret" .root -}}
{{- $params = append $params (printf "sslrootcert=/etc/entente/postgresql/%s" $pg.sslRootCert.key) -}}
{{- end -}}
{{- if $pg.jdbcParameters -}}
{{- $params = append $params (trimPrefix "&" (trimPrefix "?" $pg.jdbcParameters)) -}}
{{- end -}}
{{- printf "jdbc:postgresql://%s:%v/%s?%s" $pg.host $pg.port $db.database (join "&" $params) -}}
{{- end -}}

{{- define "entente.postgresql.caSecret" -}}
{{- $ca := .Values.postgresql.sslRootCert -}}
{{- if $ca.existingSecret -}}{{ $ca.existingSecret }}{{- else if $ca.certificate -}}{{ include "entente.fullname" . }}-postgresql-ca{{- end -}}
{{- end -}}

{{- define "entente.mongodb.secret" -}}
{{- default (printf "%s-mongodb" (include "entente.fullname" .)) .Values.mongodb.existingSecret -}}
{{- end -}}

{{- define "entente.mongodb.uriKey" -}}
{{- ternary .Values.mongodb.uriKey "uri" (not (empty .Values.mongodb.existingSecret)) -}}
{{- end -}}

{{/* Whether Kafka uses SASL / TLS, from the security protocol. */}}
{{- define "entente.kafka.sasl" -}}
{{- if hasPrefix "SASL_" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}

{{- define "entente.kafka.jaasSecret" -}}
{{- default (printf "%s-kafka" (include "entente.fullname" .)) .Values.kafka.sasl.existingSecret -}}
{{- end -}}

{{- define "entente.kafka.jaasKey" -}}
{{- ternary .Values.kafka.sasl.jaasConfigKey "sasl.jaas.config" (not (empty .Values.kafka.sasl.existingSecret)) -}}
{{- end -}}

{{/* The JAAS line the chart writes when no existingSecret is given. */}}
{{- define "entente.kafka.jaasConfig" -}}
{{- $sasl := .Values.kafka.sasl -}}
{{- if $sasl.jaasConfig -}}
{{- $sasl.jaasConfig -}}
{{- else -}}
{{- $module := "" -}}
{{- if hasPrefix "SCRAM-" $sasl.mechanism -}}
{{- $module = "org.apache.kafka.common.security.scram.ScramLoginModule" -}}
{{- else if eq $sasl.mechanism "PLAIN" -}}
{{- $module = "org.apache.kafka.common.security.plain.PlainLoginModule" -}}
{{- else -}}
{{- fail (printf "kafka.sasl.mechanism %q: give the whole JAAS line in kafka.sasl.jaasConfig or kafka.sasl.existingSecret" $sasl.mechanism) -}}
{{- end -}}
{{- printf "%s required username=\"%s\" password=\"%s\";" $module ($sasl.username | replace "\\" "\\\\" | replace "\"" "\\\"") ($sasl.password | replace "\\" "\\\\" | replace "\"" "\\\"") -}}
{{- end -}}
{{- end -}}

{{- define "entente.kafka.truststoreSecret" -}}
{{- $ts := .Values.kafka.tls.truststore -}}
{{- if $ts.existingSecret -}}{{ $ts.existingSecret }}{{- else if $ts.certificates -}}{{ include "entente.fullname" . }}-kafka-truststore{{- end -}}
{{- end -}}

{{- define "entente.kafka.truststoreKey" -}}
{{- ternary .Values.kafka.tls.truststore.key "ca.crt" (not (empty .Values.kafka.tls.truststore.existingSecret)) -}}
{{- end -}}

{{- define "entente.jwt.secret" -}}
{{- if not .Values.auth.jwksUrl -}}
{{- if .Values.auth.existingSecret -}}{{ .Values.auth.existingSecret }}{{- else if .Values.auth.publicKey -}}{{ include "entente.fullname" . }}-jwt{{- end -}}
{{- end -}}
{{- end -}}

{{- define "entente.jwt.key" -}}
{{- ternary .Values.auth.publicKeyKey "public-key.pem" (not (empty .Values.auth.existingSecret)) -}}
{{- end -}}

{{/* Settings that contradict each other stop the render with a message rather than make pods that fail. */}}
{{- define "entente.validate" -}}
{{- $auth := .Values.auth -}}
{{- if gt (len (compact (list $auth.jwksUrl $auth.publicKey $auth.existingSecret))) 1 -}}
{{- fail "auth: give one of jwksUrl, publicKey or existingSecret" -}}
{{- end -}}
{{- $kafka := .Values.kafka -}}
{{- if not (has $kafka.securityProtocol (list "PLAINTEXT" "SSL" "SASL_PLAINTEXT" "SASL_SSL")) -}}
{{- fail (printf "kafka.securityProtocol %q: one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL" $kafka.securityProtocol) -}}
{{- end -}}
{{- if include "entente.kafka.sasl" . -}}
{{- if not $kafka.sasl.mechanism -}}
{{- fail (printf "kafka.securityProtocol %s needs kafka.sasl.mechanism (e.g. SCRAM-SHA-512)" $kafka.securityProtocol) -}}
{{- end -}}
{{- if not (or $kafka.sasl.existingSecret $kafka.sasl.jaasConfig (and $kafka.sasl.username $kafka.sasl.password)) -}}
{{- fail (printf "kafka.securityProtocol %s needs credentials: kafka.sasl.existingSecret, kafka.sasl.jaasConfig, or kafka.sasl.username and password" $kafka.securityProtocol) -}}
{{- end -}}
{{- end -}}
{{- if and $kafka.tls.truststore.certificates (not $kafka.tls.truststore.existingSecret) (ne $kafka.tls.truststore.type "PEM") -}}
{{- fail "kafka.tls.truststore.certificates are PEM text: set kafka.tls.truststore.type to PEM, or bring a PKCS12/JKS file in kafka.tls.truststore.existingSecret" -}}
{{- end -}}
{{- $mc := .Values.operators.mongodbCommunity -}}
{{- if and $mc.enabled (not (or $mc.user.existingSecret $mc.user.password)) -}}
{{- fail "operators.mongodbCommunity: give the user's password (operators.mongodbCommunity.user.existingSecret or .password)" -}}
{{- end -}}
{{- end -}}
