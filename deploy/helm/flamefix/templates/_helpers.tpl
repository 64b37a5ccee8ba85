{{/* Names and labels. */}}
{{- define "flamefix.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "flamefix.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else if contains (include "flamefix.name" .) .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name (include "flamefix.name" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "flamefix.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "flamefix.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Selector labels of one component: include with (list $ "server"). */}}
{{- define "flamefix.selectorLabels" -}}
{{- $root := index . 0 -}}
app.kubernetes.io/name: {{ include "flamefix.name" $root }}
app.kubernetes.io/instance: {{ $root.Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end }}

{{- define "flamefix.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end }}

{{- define "flamefix.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "flamefix.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret every token comes from: the chart's own or the one named by secrets.existingSecret. */}}
{{- define "flamefix.secretName" -}}
{{- default (include "flamefix.fullname" .) .Values.secrets.existingSecret }}
{{- end }}

{{/* Database and Milvus endpoints; fail early when the configuration cannot work. */}}
{{- define "flamefix.jdbcUrl" -}}
{{- if .Values.postgresql.bundled.enabled -}}
jdbc:postgresql://{{ include "flamefix.fullname" . }}-postgresql:5432/{{ .Values.postgresql.bundled.database }}
{{- else -}}
{{ required "set postgresql.external.url (jdbc:postgresql://host:5432/db) or postgresql.bundled.enabled=true: replicas cannot share the embedded H2 database" .Values.postgresql.external.url }}
{{- end -}}
{{- end }}

{{- define "flamefix.dbUsername" -}}
{{- if .Values.postgresql.bundled.enabled }}{{ .Values.postgresql.bundled.username }}{{ else }}{{ .Values.postgresql.external.username }}{{ end }}
{{- end }}

{{- define "flamefix.milvusUri" -}}
{{- if .Values.milvus.bundled.enabled -}}
http://{{ include "flamefix.fullname" . }}-milvus:19530
{{- else -}}
{{ .Values.milvus.external.uri }}
{{- end -}}
{{- end }}

{{/* One optional variable from the tokens Secret: (list $ "ENV_NAME" "key"). */}}
{{- define "flamefix.secretEnv" -}}
{{- $root := index . 0 -}}
- name: {{ index . 1 }}
  valueFrom:
    secretKeyRef:
      name: {{ include "flamefix.secretName" $root }}
      key: {{ index . 2 }}
      optional: {{ index . 3 }}
{{- end }}

{{/* Environment shared by the server and the workers: stores, model, tokens. */}}
{{- define "flamefix.env" -}}
- name: SPRING_DATASOURCE_URL
  value: {{ include "flamefix.jdbcUrl" . | quote }}
- name: SPRING_DATASOURCE_USERNAME
  value: {{ include "flamefix.dbUsername" . | quote }}
{{ include "flamefix.secretEnv" (list . "SPRING_DATASOURCE_PASSWORD" "database-password" false) }}
{{ include "flamefix.secretEnv" (list . "FLAMEFIX_INGEST_TOKEN" "ingest-token" true) }}
{{ include "flamefix.secretEnv" (list . "FLAMEFIX_API_TOKENS" "api-tokens" true) }}
{{ include "flamefix.secretEnv" (list . "FLAMEFIX_MODEL_API_KEY" "model-api-key" true) }}
{{- with .Values.model.provider }}
- name: FLAMEFIX_MODEL_PROVIDER
  value: {{ . | quote }}
{{- end }}
{{- with .Values.model.name }}
- name: FLAMEFIX_MODEL_NAME
  value: {{ . | quote }}
{{- end }}
{{- with .Values.model.baseUrl }}
- name: FLAMEFIX_MODEL_BASE_URL
  value: {{ . | quote }}
{{- end }}
{{- with include "flamefix.milvusUri" . }}
- name: FLAMEFIX_MILVUS_URI
  value: {{ . | quote }}
{{ include "flamefix.secretEnv" (list $ "FLAMEFIX_MILVUS_TOKEN" "milvus-token" true) }}
{{- with $.Values.milvus.external.database }}
- name: FLAMEFIX_MILVUS_DATABASE
  value: {{ . | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* Pod-level settings shared by the server and the workers: (list $ .Values.server). */}}
{{- define "flamefix.podCommon" -}}
{{- $root := index . 0 -}}
{{- $c := index . 1 -}}
serviceAccountName: {{ include "flamefix.serviceAccountName" $root }}
securityContext:
  {{- toYaml $root.Values.podSecurityContext | nindent 2 }}
{{- with $root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $c.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $c.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $c.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
volumes:
  # The data dir holds the embedded knowledge base and validation scratch; state that must
  # survive a pod lives in PostgreSQL (and Milvus).
  - name: data
    emptyDir: {}
  - name: tmp
    emptyDir: {}
{{- end }}

{{- define "flamefix.volumeMounts" -}}
- name: data
  mountPath: /var/lib/flamefix
- name: tmp
  mountPath: /tmp
{{- end }}
