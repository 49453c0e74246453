// Prints, for each JSON case on stdin, the environment Argo CD's repo server builds for a config
// management plugin (reposerver/repository newEnv + getPluginEnvs, run as compiled in v3.6.1).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	_ "unsafe"

	"github.com/argoproj/argo-cd/v3/pkg/apis/application/v1alpha1"
	"github.com/argoproj/argo-cd/v3/reposerver/apiclient"
	_ "github.com/argoproj/argo-cd/v3/reposerver/repository"
)

//go:linkname newEnv github.com/argoproj/argo-cd/v3/reposerver/repository.newEnv
func newEnv(q *apiclient.ManifestRequest, revision string) *v1alpha1.Env

//go:linkname getPluginEnvs github.com/argoproj/argo-cd/v3/reposerver/repository.getPluginEnvs
func getPluginEnvs(env *v1alpha1.Env, q *apiclient.ManifestRequest) ([]string, error)

type testCase struct {
	AppName     string                     `json:"appName"`
	Namespace   string                     `json:"namespace"`
	Project     string                     `json:"project"`
	Revision    string                     `json:"revision"`
	KubeVersion string                     `json:"kubeVersion"`
	APIVersions []string                   `json:"apiVersions"`
	Source      v1alpha1.ApplicationSource `json:"source"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var c testCase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		q := &apiclient.ManifestRequest{
			AppName: c.AppName, Namespace: c.Namespace, ProjectName: c.Project, KubeVersion: c.KubeVersion, ApiVersions: c.APIVersions,
			Repo: &v1alpha1.Repository{Repo: c.Source.RepoURL}, ApplicationSource: &c.Source,
		}
		// The repo server receives the request over gRPC: the protobuf round trip is part of what it sees.
		wire, err := q.Marshal()
		if err != nil {
			panic(err)
		}
		received := &apiclient.ManifestRequest{}
		if err := received.Unmarshal(wire); err != nil {
			panic(err)
		}
		env, err := getPluginEnvs(newEnv(received, c.Revision), received)
		var line []byte
		if err != nil {
			line, _ = json.Marshal(map[string]string{"err": err.Error()})
		} else {
			line, _ = json.Marshal(map[string][]string{"env": env})
		}
		out.Write(line)
		out.WriteString("\n")
	}
}
