// The execution budget of Go templates (src/appset/gotemplate/budget.ts): a runaway template is an
// error at the template's position instead of a hang or a heap exhaustion; real templates fit easily.
import { describe, expect, it } from '@jest/globals';
import { MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_STEPS } from '../../src/appset/gotemplate/budget.js';
import { renderGoTemplate } from '../../src/appset/gotemplate/index.js';
import { TemplateExecError } from '../../src/appset/gotemplate/exec.js';
import { fromPlain } from '../../src/appset/gotemplate/values.js';

const render = (text: string, data: unknown = {}): string => renderGoTemplate(text, fromPlain(data));

function failure(text: string): TemplateExecError {
  try {
    render(text);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateExecError);
    return e as TemplateExecError;
  }
  throw new Error(`template ${text} rendered`);
}

describe('Go template budget', () => {
  it('stops nested runaway ranges by steps, naming the template position', () => {
    const e = failure('x: {{range until 100000}}{{range until 100000}}{{end}}{{end}}');
    expect(e.message).toMatch(/^template: base:1:\d+: executing "base" at <.*>: template runs more than 1000000 steps/);
  });

  it('stops a range over a huge integer the same way', () => {
    expect(failure('{{range $i := 100000000}}{{end}}').message).toContain(`more than ${MAX_TEMPLATE_STEPS} steps`);
  });

  it('stops output growth past the limit', () => {
    const e = failure(`{{range until 1000000}}${'x'.repeat(64)}{{end}}`);
    expect(e.message).toContain(`template output exceeds ${MAX_TEMPLATE_OUTPUT} characters`);
  });

  it('counts the output of invoked templates against the same budget', () => {
    const e = failure(`{{define "t"}}{{range until 10000}}${'y'.repeat(64)}{{end}}{{end}}{{range until 100}}{{template "t"}}{{end}}`);
    expect(e.message).toContain('template output exceeds');
  });

  it('refuses repeat, until and seq results that could never fit, before building them', () => {
    expect(failure('{{repeat 1000000000 "ab"}}').message).toMatch(/error calling repeat: template output exceeds/);
    expect(failure('{{until 1000000000 | len}}').message).toMatch(/error calling until: template runs more than/);
    expect(failure('{{untilStep 0 1000000000 1 | len}}').message).toMatch(/error calling untilStep: template runs more than/);
    expect(failure('{{seq 1000000000}}').message).toMatch(/error calling seq: template runs more than/);
  });

  it('renders large but real templates untouched', () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ name: `svc-${i}`, port: 8000 + i }));
    const out = render('{{range .items}}- {{.name}}:{{.port}}\n{{end}}', { items });
    expect(out.split('\n')).toHaveLength(2001);
    expect(render('{{repeat 1000 "ab" | len}} {{until 1000 | len}}')).toBe('2000 1000');
  });
});
