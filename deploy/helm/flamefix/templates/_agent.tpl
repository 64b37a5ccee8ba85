{{/*
The flamefix agent in an application pod, in three blocks (see examples/app-with-agent.yaml for
the same blocks as plain YAML):
  flamefix.agent.initContainer  copies the agent jar from the flamefix image into an emptyDir
  flamefix.agent.volume         that emptyDir
  flamefix.agent.env            JAVA_TOOL_OPTIONS=-javaagent:<jar>=server=...,app=...,event=...
                                and FLAMEFIX_TOKEN from the ingest-token key (never on the command line)
  flamefix.agent.volumeMount    the emptyDir in the application container
Each takes (dict "root" $ "app" "<app name>" "event" "cpu" "server" "<url or empty>").
*/}}
{{- define "flamefix.agent.jarInImage" -}}/opt/flamefix/flamefix-agent.jar{{- end }}
{{- define "flamefix.agent.dir" -}}/flamefix-agent{{- end }}

{{- define "flamefix.agent.serverUrl" -}}
{{- default (printf "http://%s:%v" (include "flamefix.fullname" .root) .root.Values.server.service.port) .server }}
{{- end }}

{{- define "flamefix.agent.initContainer" -}}
- name: flamefix-agent
  image: {{ include "flamefix.image" .root }}
  imagePullPolicy: {{ .root.Values.image.pullPolicy }}
  command: ["cp", "{{ include "flamefix.agent.jarInImage" . }}", "{{ include "flamefix.agent.dir" . }}/flamefix-agent.jar"]
  securityContext:
    {{- toYaml .root.Values.securityContext | nindent 4 }}
  volumeMounts:
    - name: flamefix-agent
      mountPath: {{ include "flamefix.agent.dir" . }}
{{- end }}

{{- define "flamefix.agent.volume" -}}
- name: flamefix-agent
  emptyDir: {}
{{- end }}

{{- define "flamefix.agent.volumeMount" -}}
- name: flamefix-agent
  mountPath: {{ include "flamefix.agent.dir" . }}
  readOnly: true
{{- end }}

{{- define "flamefix.agent.env" -}}
- name: JAVA_TOOL_OPTIONS
  value: "-javaagent:{{ include "flamefix.agent.dir" . }}/flamefix-agent.jar=server={{ include "flamefix.agent.serverUrl" . }},app={{ .app }},event={{ default "cpu" .event }}"
- name: FLAMEFIX_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ include "flamefix.secretName" .root }}
      key: ingest-token
      optional: true
{{- end }}
