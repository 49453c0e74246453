// health-ref prints what the pinned gitops-engine's health.GetResourceHealth (Argo CD's built-in Go
// health checks, no Lua override) says about each object: one JSON object per input line on stdin,
// one {"status":..., "message":...} line per object on stdout (status "" when no check applies).
// Test tooling for the differential test of src/health; built by scripts/argocd/build-health-ref.sh.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/argoproj/argo-cd/gitops-engine/v3/pkg/health"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

type result struct {
	Status  string `json:"status"`
	Message string `json:"message"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for in.Scan() {
		obj := &unstructured.Unstructured{}
		if err := obj.UnmarshalJSON(in.Bytes()); err != nil {
			fmt.Fprintf(os.Stderr, "health-ref: %v\n", err)
			os.Exit(2)
		}
		h, _ := health.GetResourceHealth(obj, nil)
		r := result{}
		if h != nil {
			r = result{Status: string(h.Status), Message: h.Message}
		}
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(os.Stderr, "health-ref: %v\n", err)
			os.Exit(2)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintf(os.Stderr, "health-ref: %v\n", err)
		os.Exit(2)
	}
}
