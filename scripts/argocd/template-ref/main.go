// template-ref renders ApplicationSet template strings exactly as Argo CD's ApplicationSet controller
// does, by calling applicationset/utils.Render.Replace of the pinned release. Test tooling only.
//
// Input: one JSON case per line: {"t": template, "p": params, "o": goTemplateOptions, "g": false}.
// "g": false selects fasttemplate (goTemplate: false). Params are JSON; an object {"$go": type, "v": value}
// builds a typed Go value the way generators do: "map[string]string", "[]string", "int", "int64",
// "map[string]any" (default for objects), "[]any". Plain JSON numbers are float64, as json.Unmarshal
// gives the list generator.
// Output: one line per case: {"out": string} or {"err": message}.
//
// A line {"mv": {"r": revision, "tags": [...], "prefix": tagPrefix}} instead resolves a git revision
// against tags with util/versions.MaxVersion (the repo server's semver targetRevision and tagPrefix).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/argoproj/argo-cd/v3/applicationset/utils"
	"github.com/argoproj/argo-cd/v3/util/versions"
)

type testCase struct {
	T  string          `json:"t"`
	P  json.RawMessage `json:"p"`
	O  []string        `json:"o"`
	G  *bool           `json:"g"`
	MV *maxVersionCase `json:"mv"`
}

type maxVersionCase struct {
	R      string   `json:"r"`
	Tags   []string `json:"tags"`
	Prefix string   `json:"prefix"`
}

type result struct {
	Out *string `json:"out,omitempty"`
	Err *string `json:"err,omitempty"`
}

func typed(v any) (any, error) {
	switch x := v.(type) {
	case map[string]any:
		if t, ok := x["$go"].(string); ok {
			return build(t, x["v"])
		}
		out := map[string]any{}
		for k, e := range x {
			c, err := typed(e)
			if err != nil {
				return nil, err
			}
			out[k] = c
		}
		return out, nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			c, err := typed(e)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	return v, nil
}

func build(t string, v any) (any, error) {
	switch t {
	case "map[string]string":
		m, _ := v.(map[string]any)
		out := map[string]string{}
		for k, e := range m {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("%s value %v is not a string", t, e)
			}
			out[k] = s
		}
		return out, nil
	case "[]string":
		l, _ := v.([]any)
		out := []string{}
		for _, e := range l {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("%s element %v is not a string", t, e)
			}
			out = append(out, s)
		}
		return out, nil
	case "int":
		f, _ := v.(float64)
		return int(f), nil
	case "int64":
		f, _ := v.(float64)
		return int64(f), nil
	}
	return nil, fmt.Errorf("unknown $go type %q", t)
}

func run(render *utils.Render, c testCase) (res result) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("panic: %v", r)
			res = result{Err: &msg}
		}
	}()
	if c.MV != nil {
		out, err := versions.MaxVersion(c.MV.R, c.MV.Tags, c.MV.Prefix)
		if err != nil {
			msg := err.Error()
			return result{Err: &msg}
		}
		return result{Out: &out}
	}
	params := map[string]any{}
	if len(c.P) > 0 {
		var raw any
		if err := json.Unmarshal(c.P, &raw); err != nil {
			msg := "harness: bad params: " + err.Error()
			return result{Err: &msg}
		}
		v, err := typed(raw)
		if err != nil {
			msg := "harness: " + err.Error()
			return result{Err: &msg}
		}
		m, ok := v.(map[string]any)
		if !ok {
			msg := "harness: params must be an object"
			return result{Err: &msg}
		}
		params = m
	}
	goTemplate := c.G == nil || *c.G
	out, err := render.Replace(c.T, params, goTemplate, c.O)
	if err != nil {
		msg := err.Error()
		return result{Err: &msg}
	}
	return result{Out: &out}
}

func main() {
	render := &utils.Render{}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var c testCase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintf(os.Stderr, "template-ref: bad case line: %v\n", err)
			os.Exit(2)
		}
		if err := enc.Encode(run(render, c)); err != nil {
			fmt.Fprintf(os.Stderr, "template-ref: %v\n", err)
			os.Exit(2)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintf(os.Stderr, "template-ref: %v\n", err)
		os.Exit(2)
	}
}
