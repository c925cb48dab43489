#!/bin/sh
set -eu
kubectl apply -f k8s/api.yaml --namespace=dev --dry-run=server
kubectl apply -f k8s/api.yaml --namespace=dev
