#!/usr/bin/env bash
# Installs the helm binary the chart tests (deploy-check module) render deploy/helm/flamefix with.
# The release tarballs on get.helm.sh are not reachable from the project's machines, the Go module
# proxy is, so helm is built from source with `go install`. Idempotent: a binary of the pinned
# version is reused. Without Go it only warns: the chart tests then skip and say why.
# Callers source this file and call ensure_helm, which exports FLAMEFIX_TEST_HELM.
set -euo pipefail

FLAMEFIX_HELM_VERSION=${FLAMEFIX_HELM_VERSION:-v3.21.4}
FLAMEFIX_HELM_DIR=${FLAMEFIX_HELM_DIR:-/var/tmp/flamefix-helm}

ensure_helm() {
  local bin=$FLAMEFIX_HELM_DIR/$FLAMEFIX_HELM_VERSION/helm
  if [ ! -x "$bin" ]; then
    local go
    go=$(command -v go || echo /usr/local/go/bin/go)
    if [ ! -x "$go" ]; then
      echo "[services] no Go toolchain to build helm $FLAMEFIX_HELM_VERSION: chart tests skip" >&2
      return 0
    fi
    echo "[services] building helm $FLAMEFIX_HELM_VERSION from the Go module proxy (a few minutes)" >&2
    mkdir -p "$(dirname "$bin")"
    if ! GOBIN=$(dirname "$bin") GOFLAGS=-mod=mod CGO_ENABLED=0 \
        "$go" install "helm.sh/helm/v3/cmd/helm@$FLAMEFIX_HELM_VERSION" >&2; then
      echo "[services] could not build helm: chart tests skip" >&2
      return 0
    fi
  fi
  export FLAMEFIX_TEST_HELM=$bin
}
