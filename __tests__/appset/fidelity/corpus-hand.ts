// Hand-written cases: every Sprig function Argo CD exposes, every fmt verb and flag, every parameter
// shape of every generator, text/template control flow and error wording, and fasttemplate.
import { ALL_PARAMS, BARE_CLUSTER, CLUSTER, GIT_FILE, LIST_ELEMENT, PULL_REQUEST } from './params.js';
import type { TemplateCase } from './reference.js';

const P = ALL_PARAMS;
const t = (tpl: string, p: Record<string, unknown> = P, o?: string[]): TemplateCase => (o ? { t: tpl, p, o } : { t: tpl, p });

/** Each template wrapped in `{{ ... }}`. */
const exprs = (...xs: string[]): TemplateCase[] => xs.map((x) => t(`{{ ${x} }}`));

const FMT_VALUES = ['.s', '.u', '.n', '.f', '.neg', '.zero', '.big', '.b', '.nil', '.l', '.nums', '.m', '.em', '.el', '.c.metadata.labels', '.git.path.segments', '42', '-3', '3.14159', '1e6', '"x"', 'true', 'nil', '(list 1 "a" nil)', '(dict "k" 1.5)', "'a'", '0x1F', '255'];
const FMT_VERBS = ['v', '+v', '#v', 'T', 'd', 's', 'q', 'x', 'X', 'o', 'O', 'b', 'c', 'U', '#U', 'e', 'E', 'f', 'F', 'g', 'G', 't', 'p', '%'];
const FMT_FLAGS = ['', '5', '-5', '05', '.2', '8.3', '+', ' ', '#', '-08.2', '+.1', '# x'];

function fmtCases(): TemplateCase[] {
  const out: TemplateCase[] = [];
  for (const verb of FMT_VERBS) for (const v of FMT_VALUES) out.push(t(`{{ printf "%${verb}" ${v} }}`));
  for (const flag of FMT_FLAGS) for (const verb of ['v', 'd', 's', 'q', 'x', 'f', 'e', 'g']) for (const v of ['.s', '.n', '.f', '.neg', '.l', '.nums', '42', '-7', '"ab"', '2.5e-7']) {
    out.push(t(`{{ printf "%${flag}${verb}" ${v} }}`));
  }
  out.push(
    ...exprs(
      'printf "%[2]v %[1]v" 1 2', 'printf "%[3]v" 1 2', 'printf "%v %v" 1', 'printf "%v" 1 2', 'printf "%!"', 'printf "%*d" 5 3', 'printf "%-*d|" 5 3',
      'printf "%.*f" 2 3.14159', 'printf "%*d" "x" 3', 'printf "%[1]*[2]d" 4 7', 'printf "%[x]d" 1', 'printf "%[0]d" 1', 'printf "%+q" "héllo"', 'printf "%#q" "a`b"',
      'printf "%#q" "ab"', 'printf "%x" "hi"', 'printf "% x" "hi"', 'printf "%X" (list 1 2)', 'printf "%s" (list "a" nil)', 'printf "%d" (list 1 2)', 'printf "%5d" (list 1 2)',
      'printf "%05.1f" (list 1.25 2.5)', 'printf "%v" (dict "b" 1 "a" (list 1))', 'printf "%#v" (dict "b" 1 "a" (list 1 "x" nil))', 'printf "%x" 3.5', 'printf "%X" -1.0',
      'printf "%b" 5.0', 'printf "%T" .c.values', 'printf "%T" .pr.labels', 'printf "%v" .c.metadata', 'printf "%#v" .c.metadata.labels', 'printf "%#v" .git.path.segments',
      'printf "%q" .pr.labels', 'printf "%6.2v" 3.14159', 'printf "%10.3s|" "abcdef"', 'printf "%-10s|" "日本"', 'printf "%c" 26085', 'printf "%U" 26085', 'printf "%#x" "hi"',
      'printf "%t" 1', 'printf "%08.3f" -3.14159', 'printf "%+d" 0', 'printf "% d" 5', 'printf "%e" 0.0', 'printf "%g" 1e21', 'printf "%g" 1e-7', 'printf "%v" 1e20', 'printf "%v" 123456789.0',
      'printf "%.0f" 2.5', 'printf "%.0f" 3.5', 'printf "%.3g" 1234.5678', 'printf "%#g" 1.0', 'printf "%#.3x" 1.0', 'printf "%010s" "x"', 'printf "%-010d|" 5', 'printf "%x" -255',
      'printf "%#o" 8', 'printf "%O" 8', 'printf "%#b" 5', 'printf "%q" 65', 'printf "%+q" 0x65E5', 'printf "%v" .m.y', 'printf "%d" .m', 'printf "%s" 42', 'printf "%s" true',
      'print 1 2 "a" "b" 3', 'print nil', 'print .nil .l', 'println 1 "a"', 'print "a" 1 2 "b"', 'printf "%v" .c.metadata.annotations', 'printf "%p" 1', 'printf "%v" 0.000001',
      'printf "%v" 1e-5', 'printf "%v" 100000000000000000000.0', 'printf "%v" -0.0', 'printf "%.2f" 1.005', 'printf "%5.1q" "abc"', 'printf "%x" (list "ab" "c")',
    ),
  );
  return out;
}

function sprigCases(): TemplateCase[] {
  return exprs(
    // strings
    'abbrev 5 "hello world"', 'abbrev 3 "hello"', 'abbrev 5 "日本語のテキスト"', 'abbrevboth 5 10 "1234 5678 9123 4567"', 'trunc 5 .s', 'trunc -5 .s', 'trunc 50 .s', 'trunc 3 .u',
    'trim "  x  "', 'trim .u', 'upper .s', 'upper "ß"', 'upper .u', 'lower "ÀÉ İ"', 'title "hello wORLD foo-bar"', 'title "ßa élan"', 'untitle "Hello World"', 'substr 0 5 .s',
    'substr 3 1 .s', 'substr -1 3 .s', 'substr 2 99 .s', 'substr -1 99 .s', 'substr 99 -1 .s', 'substr -1 -2 .s', 'substr 1 3 .u', 'repeat 3 "ab"', 'repeat 0 "x"', 'trimall "$" "$5.00$"', 'trimAll "$" "$5.00$"', 'trimSuffix "-" "a-"',
    'trimPrefix "-" "-a"', 'nospace " a b\tc "', 'initials "First Try"', 'initials "élan vital"', 'initials "日本 語"', 'swapcase "Hello World ß"', 'snakecase "HelloWorld"',
    'snakecase "HTTPServer"', 'snakecase "some_Mixed-caseString"', 'camelcase "hello_world-foo bar"', 'camelcase "HTTP_server"', 'kebabcase "FirstName LastName"',
    'kebabcase "HTTPServerID"', 'wrap 5 "the quick brown fox"', 'wrapWith 5 "\\t" "the quick brown fox"', 'contains "World" .s', 'hasPrefix "He" .s', 'hasSuffix "ld" .s',
    'quote "a" 1 nil .l', 'squote "a" 1 nil', 'cat "a" 1 nil "b" .l', 'indent 2 "a\\nb"', 'nindent 2 "a\\nb"', 'indent -1 "a"', 'replace " " "-" .s', 'replace "" "-" "abc"', 'replace "o" "" .s',
    'plural "one" "many" 1', 'plural "one" "many" 2', 'sha1sum "a"', 'sha256sum .s', 'sha512sum "x"', 'adler32sum .s', 'toString 1.5', 'toString .l', 'toString nil',
    'atoi "42"', 'atoi "x"', 'atoi " 7"', 'int "42"', 'int 4.9', 'int "0x1F"', 'int "010"', 'int true', 'int64 "9223372036854775807"', 'int64 .big', 'int64 -2.7', 'float64 "1.5"',
    'float64 "x"', 'float64 7', 'toDecimal "0777"', 'toDecimal "x"', 'split "," "a,b,,c"', 'splitList "," "a,b,,c"', 'splitn "," 2 "a,b,c"', 'toStrings (list 1 "a" nil 2.5)',
    'join "-" .l', 'join "-" .nums', 'join "-" .pr.labels', 'join "," "abc"', 'join "," nil', 'hello', 'randAlpha 8 | len', 'randAlphaNum 5 | len', 'randAscii 4 | len',
    'randNumeric 6 | len', 'shuffle "abc" | len', 'randInt 5 6', 'uuidv4 | len', 'randBytes 12 | len', 'htpasswd "user" "pass" | len', 'derivePassword 1 "long" "pw" "user" "example.com"',
    'encryptAES "secretkey" "plaintext" | len', 'decryptAES "secretkey" "not-base64"', 'genPrivateKey "rsa" | len', 'bcrypt "x" | len',
    // math
    'add 1 2 3', 'add 1 2.5', 'add .n .f', 'add "3" 4', 'add1 .n', 'sub 5 .f', 'mul 2 3 4', 'mul .f 2', 'div 7 2', 'div 7 0', 'div .n 2', 'mod 7 3', 'mod 7 0', 'mod -7 3',
    'max 1 9 3', 'max 1 "12"', 'min 4 2', 'min 4 .neg', 'biggest 3 7', 'maxf 1.5 2 .f', 'minf 1.5 2 .neg', 'floor 1.7', 'floor -1.2', 'ceil 1.2', 'ceil "2.1"',
    'round 2.456 2', 'round 2.5 0', 'round -2.5 0', 'round 1.005 2', 'round 2.456 1 0.4', 'addf 1.1 2.2', 'addf 0.1 0.2 0.3', 'subf 1.3 1.1', 'mulf 1.1 3', 'mulf 0.1 0.2',
    'divf 1 3', 'divf 10 4', 'divf 1 0', 'divf 0 0', 'add1f 1.1', 'addf .f .n', 'divf 2 3 4', 'int64 1e21', 'add 9223372036854775807 1', 'mul 4294967296 4294967296',
    'add .big 1', 'seq 3', 'seq 2 5', 'seq 5 2', 'seq 0 2 10', 'seq 1 0 3', 'until 3', 'until -2', 'untilStep 0 10 4', 'untilStep 10 0 -3', 'untilStep 0 10 0',
    // lists
    'list 1 "a" nil', 'tuple 1 2', 'first .l', 'first .el', 'first .pr.labels', 'last .nums', 'rest .l', 'rest .git.path.segments', 'initial .l', 'append .l "c"',
    'append .pr.labels "x"', 'push .nums 4', 'mustAppend "x" 1', 'append nil 1', 'prepend .l "z"', 'concat .l (list 1) .pr.labels', 'reverse .l', 'reverse .git.path.segments',
    'uniq .l', 'without .l "b"', 'has "a" .l', 'has "team-a" .pr.labels', 'has 3 .nums', 'has 3.0 .nums', 'slice .l 1 2', 'slice .l 1', 'slice .l 2 1', 'slice .git.path.segments 1',
    'slice "abc" 1', 'chunk 2 .nums', 'chunk 2 .pr.labels', 'compact (list "" 0 nil "x" 1)', 'sortAlpha .l', 'sortAlpha .nums', 'sortAlpha .pr.labels', 'sortAlpha "x"',
    'mustFirst .el', 'mustLast 1', 'mustRest nil', 'mustHas 1 "x"', 'mustUniq .git.path.segments', 'mustWithout .pr.labels "preview"', 'mustSlice .pr.labels 0 1', 'mustChunk 0 .l',
    'mustCompact .pr.labels', 'mustReverse "x"', 'mustPrepend .pr.labels "a"', 'mustPush nil 1', 'mustInitial .el',
    // dicts
    'dict "a" 1 "b"', 'dict 1 2', 'get .m "k"', 'get .m "nope"', 'get .c.metadata.labels "env"', 'set (dict) "a" 1', 'unset .m "x"', 'hasKey .m "x"', 'hasKey .c.metadata.labels "env"',
    'hasKey .c.metadata "labels"', 'hasKey .bare.metadata "labels"', 'pluck "x" .m (dict "x" 2)', 'keys .m', 'keys .m (dict "a" 1)', 'keys .c.metadata.labels', 'keys .c.metadata | sortAlpha',
    'pick .m "x" "k"', 'pick .c.values "revision"', 'omit .m "x"', 'merge (dict "a" 1) (dict "a" 2 "b" 3)', 'merge (dict) .c.metadata.labels', 'mergeOverwrite (dict "a" 1) (dict "a" 2)',
    'mergeOverwrite (dict "a" 1 "b" 2) (dict "a" "" "b" 0)', 'mergeOverwrite (dict "a" (dict "x" 1)) (dict "a" (dict "y" 2))', 'mustMerge (dict "a" 1) .m', 'mustMergeOverwrite .em (dict "a" nil)',
    'values .m', 'values .c.values', 'deepCopy .m', 'deepCopy .c.metadata.labels', 'mustDeepCopy nil', 'dig "y" "z" "none" .m', 'dig "q" "none" .m', 'dig "env" "none" .c.metadata.labels',
    'dig "labels" "env" "none" .c.metadata', 'dig "a" "b" 1', 'dig "a" .m',
    // defaults and flow
    'default "d" ""', 'default "d" .nil', 'default "d" .el', 'default "d" 0', 'default "d" .n', 'empty 0', 'empty .m', 'empty .em', 'empty .c.metadata.labels', 'empty .bare.metadata',
    'coalesce "" nil "c"', 'coalesce 0 .el', 'all 1 "a" .l', 'all 1 ""', 'any 0 "" .l', 'any', 'ternary "y" "n" true', 'ternary "y" "n" .b', 'fail "stop"',
    // encoding
    'toJson .m', 'toJson .c', 'toJson "<&>"', 'toRawJson "<&>"', 'toPrettyJson .m', 'toPrettyJson .el', 'mustToJson .c.metadata', 'fromJson "{\\"a\\": [1, 2]}"', 'fromJson "bad"',
    'mustFromJson "bad"', 'fromJson "[1]"', 'fromJson "1e3"', 'toJson 1e21', 'toJson .f', 'b64enc .s', 'b64dec "aGk="', 'b64dec "!!"', 'b64dec "089d92cb" | len', 'b32enc "hi"', 'b32dec "NBUQ===="', 'b32dec "1"',
    'urlParse "https://user:pw@host:8080/p/a?q=1#frag"', 'urlJoin (dict "scheme" "https" "host" "h" "path" "/x" "query" "a=1")', 'urlParse "::bad"',
    // yaml
    'toYaml .m', 'toYaml .c', 'toYaml .l', 'toYaml (list "yes" "no" "on" "off" "y" "n" "true" "~" "null" "1.0" "012" "0x1" "")', 'toYaml (dict "k" "a\\nb\\n")',
    'toYaml (dict "k" " padded ")', 'toYaml (dict "date" "2024-01-01" "time" "12:30" "ver" "1.10")', 'toYaml (dict "z" 1 "a" (dict "B" 2 "_" 3 "1" 4))', 'toYaml .big', 'toYaml 1.5',
    'toYaml nil', 'toYaml ""', 'toYaml "multi\\nline"', 'toYaml (dict "k" "#x" "l" "- y" "m" "a: b" "n" "*anchor" "o" "!tag" "p" "@at" "q" "%p")', 'toYaml (list (dict "a" 1 "b" (list 1 2)))',
    'toYaml .c.metadata.labels', 'toYaml .git.path.segments', 'toYaml (dict "e" .em "l" .el)', 'toYaml (dict "long" (repeat 30 "word "))', 'toYaml (dict "u" "日本" "t" "tab\\there")',
    'fromYaml "a: yes\\nb: 010\\nc: 0x1F\\nd: on\\ne: 1.5\\nf: ~"', 'fromYaml "a: 1\\na: 2"', 'fromYaml "a: 1\\n---\\nb: 2"', 'fromYaml "a: .inf"', 'fromYaml "- 1"', 'fromYaml "a: [1, 2"',
    'fromYaml ""', 'fromYaml "a: 2024-01-01"', 'fromYaml "a: 12345678901234567890"', 'fromYaml "a: 1e3"', 'fromYaml "? a\\n: b"', 'fromYaml "a: &x 1\\nb: *x"', 'fromYaml "a: !!str 5"',
    'fromYamlArray "[x, y]"', 'fromYamlArray "a: 1"', 'fromYamlArray "- yes\\n- n\\n- 0o17"', 'fromYamlArray ""', '(fromYaml "a: {b: 2}").a.b', 'fromYaml "a: null"', 'fromYaml "1: x\\ntrue: y"',
    // regex
    'regexMatch "^H.*d$" .s', 'regexMatch "\\\\p{Lu}" .u', 'regexFind "\\\\p{Lu}+" .u', 'regexFindAll "o" .s -1', 'regexFindAll "o" .s 1', 'regexFindAll "[[:upper:]]" .s -1',
    'regexReplaceAll "(o)(r)" .s "${2}$1"', 'regexReplaceAll "(?P<x>o)" .s "[$x]"', 'regexReplaceAllLiteral "o" .s "$1"', 'regexSplit "o" .s -1', 'regexSplit "o" .s 2', 'regexSplit "" "abc" -1',
    'regexQuoteMeta "a.b*c"', 'regexMatch "(?=x)" "x"', 'regexMatch "\\\\1" "x"', 'regexMatch "[" "x"', 'mustRegexMatch "[" "x"', 'regexFind "(?i)world" .s', 'regexMatch "\\\\Aa\\\\z" "a"',
    'regexReplaceAll "\\\\b" "ab cd" "|"', 'regexFindAll "(?s)." "a\\nb" -1', 'regexMatch "^\\\\x{65e5}" "日"', 'regexReplaceAll "a*" "baaac" "-"', 'regexFindAll "\\\\w+" .u -1',
    'regexMatch "\\\\Q.*\\\\E" ".*"', 'regexFind "[^\\\\x00-\\\\x7F]+" .u', 'regexMatch "(?U)a+" "aaa"', 'regexFind "(?U)a+" "aaa"', 'regexMatch "a{1001}" "a"',
    'regexFindAll "" "aé😀" -1', 'regexFindAll "a*" "baaacaa" -1', 'regexFindAll "a|" "abab" -1', 'regexReplaceAll "" "aé😀" "-"', 'regexReplaceAll "x*" "abc" "-"', 'regexReplaceAll "a|" "abab" "-"',
    'regexSplit "a*" "baaac" -1', 'regexSplit "x" "axbx" -1', 'regexSplit "x" "axbx" 2', 'regexSplit "x" "" -1', 'regexSplit "" "" -1', 'regexSplit "b*" "abc" 0',
    'regexReplaceAll "(a)(b)?" "ac ab" "[$2|$1x|${1}x|$$|$|$0|$10|${n}|$1_]"', 'regexReplaceAll "(?P<n>a)" "a" "${n}${m}$n-$}"', 'regexReplaceAll "(?P<é>a)" "a" "$é"',
    'regexReplaceAllLiteral "(a)" "aa" "$1${1}"', 'regexFind "\\p{Greek}+" "abc αβγ"', 'regexFind "\\PL+" "ab12cd"', 'regexFind "\\pN" "x٣"', 'regexFindAll "[[:^alpha:]]" "a1b2" -1',
    'regexMatch "[[:word:]]" "_"', 'regexMatch "(?i)straSSe" "strasse"', 'regexFind "(?m)^b$" "a\\nb\\nc"', 'regexFind "a.c" "a\\nc"', 'regexFind "\\x41\\101" "AA"',
    'mustRegexFind "(?<=a)b" "ab"', 'mustRegexFindAll "x**" "x" -1', 'mustRegexReplaceAll "(" "x" "y"', 'mustRegexSplit "[z-a]" "x" -1', 'regexFindAll "(" "x" -1', 'regexSplit "\\8" "x" -1',
    'regexReplaceAll "`" "a" "b"', 'regexFind "(?P<n>a)(?P<n>b)" "ab"', 'regexMatch "\\C" "a"', 'regexFind "a{2,1}" "aa"', 'regexFind "\\z" "ab"', 'regexFindAll "\\b" "ab cd" -1',
    'regexFindAll "(?i)ǅ" "ǄǅǆDž" -1', 'mustRegexMatch "(?<=a)b" "ab"', 'mustRegexMatch "(?<!a)b" "ab"', 'mustRegexMatch "(?<n" "ab"', 'regexReplaceAll "(?P<n>a)|(?P<n>b)" "ab" "[$n]"', 'regexReplaceAll "[(?P<n>]" "(?P<n>" "-"', 'regexFind "^(a+)+$" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"',
    // paths
    'base "a/b/c.txt"', 'base ""', 'dir "a/b/c.txt"', 'dir "c"', 'ext "c.tar.gz"', 'clean "a//b/../c/"', 'clean ""', 'isAbs "/x"', 'osBase "/a/b"', 'osDir "/a/b"', 'osClean "a/./b"',
    'osExt "x.y"', 'osIsAbs "x"', 'base .git.path.path',
    // semver
    'semver "1.2.3"', 'semver "v1.2.3-rc.1+build.5"', '(semver .ver).Major', '(semver .ver).Minor', '(semver .ver).Patch', '(semver .ver).Prerelease', '(semver .ver).Metadata',
    '(semver .ver).Original', '(semver "1.2.3").Compare (semver "1.3.0")', '(semver "1.2.3").IncMinor', '(semver "1.2.3").IncPatch', '(semver "1.2.3-rc").IncPatch', '(semver "1.2.3").IncMajor',
    '(semver "1.2.3").LessThan (semver "1.2.4")', '(semver "1.2.3").String', 'semver "bad"', '(semver "1.3.0").Compare (semver "1.2.0")', '(semver "v1.2.3").IncMajor.Original',
    '(semver "1.2.3").IncMajor | typeOf', '(semver "1.2.3").Equal (semver "1.2.3+x")', '(semver "1.2.3").GreaterThanEqual (semver "1.2.3-rc")', '(semver "1.2.3").Major | typeOf',
    'typeOf (semver "1.0.0")', 'kindOf (semver "1.0.0")', 'kindOf ((semver "1.0.0").IncMinor)', 'toJson (semver "1.2.3")', 'toYaml (dict "v" (semver "1.2.3"))',
    'printf "%v|%s|%q|%T" (semver "1.2") (semver "1.2") (semver "1.2") (semver "1.2")', '(semver "1.2.3").Compare "1.0.0"', '(semver "1.2.3").Compare .ver', '(semver "1.2.3").Nope',
    '(semver "1.2.3").IncMinor.Compare (semver "1.0.0")', '(semver "1.2.3").Compare', 'toString (semver "1.2.3")', '(semver "1.2.3").Major | add 1', 'eq ((semver "1.2.3").Major) 1',
    '(semver "v2.0.0-rc.1").IncMinor.Original', '((semver "1.2.3").IncPatch).Major', 'list (semver "1.0.0") | toString', 'semverCompare "~1.2.0" "1.2.9"', 'semverCompare "^0.2.3" "0.3.0"', 'semverCompare ">=1.0.0-0" "1.0.0-rc1"',
    'semverCompare ">1.0" "1.0.5-beta"', 'semverCompare "1.x || 3.x" "3.4.1"', 'semverCompare "1.0" "junk"', 'semverCompare "junk" "1.0.0"', 'semverCompare "1.2.3 - 1.4" "1.3.0"', 'semverCompare "!=1.2.3" "1.2.3"',
    // dates
    'toDate "2006-01-02" "2024-01-01"', 'toDate "2006-01-02" "bad"', 'mustToDate "2006-01-02" "bad"', 'toDate "2006-01-02T15:04:05Z07:00" .date', 'date "2006-01-02" (toDate "2006-01-02" "bad")',
    'date "2006-01-02T15:04:05Z07:00 Mon Jan _2 3PM .000" (toDate "2006-01-02T15:04:05Z07:00" .date)', 'date "02/01/2006" 86400', 'date "2006" .n', 'date "Jan 2" "x"', 'date "15:04:05.000000" 1.5',
    'dateInZone "15:04 MST" 0 "UTC"', 'dateInZone "15:04 MST" 0 "Asia/Tokyo"', 'dateInZone "15:04 MST" 0 "Europe/Paris"', 'dateInZone "15:04 MST -0700" 0 "America/New_York"', 'dateInZone "15:04" 0 "Mars/Base"',
    'htmlDate 0', 'htmlDateInZone 86400 "Asia/Tokyo"', 'unixEpoch (toDate "2006-01-02" "2024-01-01")', 'duration 3723', 'duration "90"', 'duration 1.5', 'duration "x"', 'duration .n',
    'durationRound "2h10m5s"', 'durationRound 3600', 'durationRound "bad"', 'durationRound 31536000', 'dateModify "1.5h" (toDate "2006-01-02" "2024-01-01")', 'dateModify "bad" (toDate "2006-01-02" "2024-01-01")',
    'mustDateModify "bad" (toDate "2006-01-02" "2024-01-01")', 'toDate "2006-01-02 MST" "2024-01-01 JST"', 'toDate "2006-01-02" "2024-01-01" | date "Mon, 02 Jan 2006 15:04:05 MST"',
    '(toDate "2006-01-02" "2024-02-29").YearDay', '(toDate "2006-01-02" "2024-01-01").Unix', 'date "2006-01-02" (toDate "2006-01-02T15:04:05.999999999Z07:00" "2024-01-01T10:00:00.123456789+05:30")',
    // reflection
    'typeOf .n', 'typeOf 1', 'typeOf .c.metadata.labels', 'typeOf .git.path.segments', 'typeOf (add 1 2)', 'typeOf (len .l)', 'typeOf (int64 1)', 'typeOf (float64 1)', 'typeOf (toDate "2006" "2024")',
    'typeOf (semver "1.0.0")', 'typeOf nil', 'typeIs "int64" (add 1 2)', 'typeIsLike "int" 1', 'kindOf .l', 'kindOf .pr.labels', 'kindOf (semver "1.0.0")', 'kindIs "map" .m', 'deepEqual (list 1) (list 1)',
    'deepEqual .pr.labels (list "preview" "team-a")', 'deepEqual 1 1.0',
    // argo cd's own
    'normalize "My_App.V2--"', 'normalize .c.name', 'normalize (repeat 300 "a")', 'slugify "Feature/X"', 'slugify 20 false "Hello World  Very Long Name"', 'slugify 10 true "hello-world-foo-bar"',
    'slugify 5 "abc"', 'slugify 1', 'slugify .n', 'slugify "Ça va, ÉLAN!"', 'slugify 0 "abc-def"',
  );
}

/** sigs.k8s.io/yaml v1.6.0 (go-yaml v2, YAML 1.1): one case per quoting, ordering, style and resolution rule. */
function yamlCases(): TemplateCase[] {
  const quoting = ['yes', 'No', 'ON', 'off', 'y', 'N', 'True', '~', 'Null', '', '1e3', '1.0', '+1', '-1', '0b101', '0o17', '.5', '1_000', '1:2:3', '190:20:30.15', '2024-1-2',
    '2024-13-02', '2024-02-30', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10', '2001-12-14T21:59:43', '<<', '=', '---', '...', '- ', '-a', '?', '? x', ':x', 'a:b', 'a: b',
    'a #b', 'a#b', '%x', '!x', '*x', '&x', '|', '>', '[', '{a}', 'a,b', '@x', '`x', "'q'", '\\"q\\"', ' lead', 'trail ', '.inf', '-.Inf', '.NaN', '08', '0x1F', '010', 'é', '日本', '<&>'];
  return exprs(
    ...quoting.map((q) => `toYaml (list "${q}")`),
    'toYaml (dict "a2" 1 "a10" 2 "b" 3 "A" 4 "_x" 5 "1" 6 "10" 7 "9" 8 "ab" 9 "Ä" 10 "é" 11 "-" 12 "z9" 13 "n" 14 "y" 15)',
    'toYaml (dict "k" "a long string with many words that goes past the eighty column limit of the yaml emitter for sure yes it does")',
    'toYaml (list "a long string: with many words that goes past the eighty column limit of the yaml emitter for sure yes it does")',
    'toYaml (dict "k" "a long string with many words that goes past the eighty column limit of the yaml emitter for sure\\tyes it does")',
    'toYaml (dict "k" "\'a long string with many words that goes past the eighty column limit of the yaml emitter  for  sure yes")',
    'toYaml (repeat 12 "word ")', 'toYaml (list (list 1 2) (list) (dict) (list (dict "a" 1 "b" (list 3))))', 'toYaml (dict "" 1 "a b" 2 "a\\nb" 3 "x: y" 4)', 'toYaml (dict (repeat 130 "k") 1)',
    'toYaml "trail\\n"', 'toYaml (list "two\\n\\n")', 'toYaml (list "\\n")', 'toYaml (dict "k" "\\n\\nlead")', 'toYaml (dict "k" " sp\\nx")', 'toYaml (list "x \\ny")', 'toYaml (list "x\\n y")',
    'toYaml (list "tab\\n\\tx")', 'toYaml (list "😀")', 'toYaml (list "a\\u0085b")', 'fromYaml "a: [1, 2\\n  3: x"', 'toYaml (list "a\\u2028b")', 'toYaml (list "\\ufeffbom")', 'toYaml (list "x\\u007fy")', 'toYaml (list "\\x01")',
    'toYaml (list 0.1 1e-7 3.0 -0.0 1e20 123456789.0 1.5e300 -2 .neg .big)', 'toYaml (divf 0 0)', 'toYaml (toDate "2006-01-02" "2024-03-04")', 'toYaml "yes"', 'toYaml 5', 'toYaml (list "")',
    'toYaml (dict "k" (list) "m" (dict "n" (list (list "x"))))', 'toYaml (dict "k" (dict "j" (dict "i" "x\\ny")))',
    'fromYaml "a: 1e400"', 'fromYaml "a: 0b101\\nb: -0b11\\nc: 0o17\\nd: +5\\ne: 08\\nf: 1.\\ng: -.5\\nh: 0x\\ni: 1e3\\nj: 2024-01-02T10:00:00Z\\nk: 12:30"',
    'fromYaml "1.5: a\\n0.1: b\\n1e3: c\\n0x10: d"', 'fromYaml "null: e"', 'fromYaml "a: !!float 1\\nb: !!bool yes"', 'fromYaml "a: !!int x"', 'fromYaml "a: &x [1]\\n<<: *x"', 'fromYaml "x"',
    'fromYamlArray "5"', 'fromYaml "a: |\\n  x\\n  y\\nb: >\\n  folded\\n  text\\n"', 'fromYaml "\\"<<\\": 1\\n<<: {a: 2}\\na: 3"', 'fromYaml "<<: [{a: 1}, {a: 2, b: 2}]\\nc: 3"',
    'fromYaml "a: 1\\n<<: {a: 2}"', 'fromYaml "x: &a {k: 1}\\ny: *a\\nz:\\n  <<: *a\\n  j: 2"', 'fromYaml "a: 9223372036854775807\\nb: -.inf"', '(fromYaml "a: 3").a | printf "%T"',
    'fromYaml "a: Yes\\nb: NO\\nc: Off\\nd: y\\ne: n\\nf: 0x1f\\ng: -010"',
    'fromYamlArray "\'a\' \'b\'"', 'fromYaml "\\"  pad  \\" \\"x\\""', 'fromYamlArray "[1, 2] x"', 'fromYamlArray "[1, 2]\\nx: 1"', 'fromYaml "{a: 1} }"', 'fromYaml "a: 1\\nb: ["',
    'fromYaml "a: \'x\' y"', 'fromYaml "a: b: c"', 'index .c.metadata.labels "nope" | printf "%q"', '0.2 | index .c.metadata.labels "<b>"',
    'index "" 0', 'index "ab" 2', 'index (list 1 2) 2', 'index (list) 0', 'semverCompare "a,b,c" "1.0.0"', 'semverCompare "  pad  " "1.0.0"', 'semverCompare ">1 || junk" "1.0.0"',
    'semverCompare "1.0 - junk" "1.0.0"', 'semverCompare "" "1.0.0"',
    'semverCompare ">=1.0.0-alpha, <2.0.0" "1.5.0-beta"', 'semverCompare ">=1.0.0-alpha <2.0.0 || >3" "1.5.0-beta"', 'semverCompare "<2.0.0 || >=1.0.0-alpha" "1.5.0-beta"',
    'semverCompare "~1.2.0-0" "1.2.5-rc.1"', 'semverCompare "^1.0.0-0 !=1.3.0" "1.3.0-rc1"', 'semver "1.0.0-01"', 'semver "01.2.3"', 'semver "1.02"', 'semver "99999999999999999999.0.0"',
    'semverCompare ">1" "1.0.0-01"', 'semverCompare ">=1.0.0-01" "1.0.0"', 'semverCompare ">=99999999999999999999" "1.0.0"', 'semverCompare "1.0.0-01 || >1" "2.0.0"', 'semverCompare "!=1.2.x-rc.1" "1.2.3-rc.1"', 'semverCompare "!=1.2.x-rc.1" "1.2.3-rc.2"', 'semverCompare "!=1.2.3-rc.1" "1.2.3-rc.1"', 'semverCompare "!=1.2.x-0" "1.2.0"', 'semverCompare "!=1.x-rc" "1.2.3-rc"', 'semverCompare "1.2.x-rc" "1.2.3-rc"', 'semverCompare "1.2.x-rc.5" "1.2.0-rc.1"', 'semverCompare "^*" "1.2.3"', 'semverCompare ">*" "1.2.3"', 'semverCompare "<=*" "1.2.3"', 'semverCompare "!=*" "1.2.3"', 'semverCompare "!=*" "0.0.0"', 'semverCompare "~*" "3.0.0"', 'semverCompare "~0" "0.5.0"', 'semverCompare "~0" "1.0.0"', 'semverCompare ">1.x" "2.0.0"', 'semverCompare ">1.x" "1.9.0"', 'semverCompare "<=1.x" "1.9.0"', 'semverCompare "<=1.x" "2.0.0"', 'semverCompare ">1.2.x" "1.3.0"', 'semverCompare "<=1.2.x" "1.2.9"', 'semverCompare "<=1.2.x" "1.3.0"', 'semverCompare "^0.x" "0.9.0"', 'semverCompare "^0.0.x" "0.0.7"', 'semverCompare "^0.0.x" "0.1.0"', '(semver "v1.2").Original', 'semverCompare "=1.2.3-rc.1" "1.2.3-rc.1"', 'semverCompare "1.2.x" "1.2.0-rc1"',
    'ne .l (regexFindAll "(?i)H" .ver -42)', '(-1 | regexFindAll "\\\\d+" "<b>") | toYaml', 'regexFindAll "x" "abc" -1', 'regexFindAll "x" "abc" -1 | toJson', 'regexFindAll "x" "abc" -1 | len', 'regexFindAll "x" "abc" -1 | typeOf', 'eq (regexFindAll "x" "abc" -1) nil', 'regexFindAll "x" "abc" 0 | toJson', 'regexFindAll "b" "abc" -1 | toJson', 'regexSplit "x" "" -1 | toJson', 'regexSplit "x" "a" 0 | toJson', 'empty (regexFindAll "x" "abc" -1)', 'printf "%v %#v" (regexFindAll "x" "abc" -1) (regexFindAll "x" "abc" -1)', 'regexSplit "(" "a" 0 | toJson', 'index .m nil',
    'toDate "yes" "yes"', 'toDate "15:04" "10:30"', 'toDate "2006" "0099"', 'toDate "01/02" "03/04" | date "2006-01-02"', 'toDate "2006-01-02" "0001-01-01"', '(toDate "15:04" "10:30").Year', 'toDate "2006-01-02" "2024-02-29"',
    'nospace "日本"', 'nospace "日本 x"', 'nospace "ß"',
    'float64 "1_000"', 'float64 "inf"', 'float64 "-Infinity"', 'float64 "NaN"', 'float64 "0x10"', 'float64 "0x1p4"', 'float64 " 5"', 'float64 "1_"', 'float64 "5."', 'float64 "1e400"', 'int64 "1_000"', 'int64 "0x_10"', 'int64 "1.0"', 'int64 "1.5"', 'int "1_000"', 'add1f "2024_01_02"', 'atoi "1_000"', 'nospace "Straße ÄÖÜ 日本" | toJson', 'nospace " a b\\tc "', 'nospace "a\\u0085b\\u00a0c" | toJson',
    'call .s', 'call .nil', 'call .m 1', 'call nil', 'call (list 1)', '.s | call', 'call .missing', 'call "x"', 'call 1 2',
    'fromYamlArray "%221.0%22"', 'fromYaml "%YAML 1.1\\n---\\na: 1"', 'fromYaml "%FOO bar\\n---\\na: 1"', 'fromYaml "a: 1\\n%x"', 'fromYaml "%YAML 1.2\\n---\\na: 1"', 'fromYaml "%YAML 2.0\\n---\\na: 1"',
    'round 0.1 42', 'round 2.456 2', 'round 1.005 2', 'round 123.456 -1', 'round 0.1 22', 'round 0.3 23', 'round 1.7 30', 'round 0.123456789 15', 'round 5.5 -3', 'round 1e300 10', 'round 2.5 400', 'round 0.7 -400', 'round 3.3 17',
    'snakecase "2024-01-02"', 'kebabcase "v1.2.3-rc.1"', 'kebabcase "\\"prod\\""', 'kebabcase "1-map[k:v x:1 y:map[z:deep]]"', 'snakecase "feature/x"', 'snakecase "<b>"', 'snakecase "abc-2.5"', 'kebabcase "V1.2.3"', 'kebabcase "[\\"b\\",\\"a\\",\\"b\\"]"', 'snakecase "FirstName"', 'snakecase "HTTPServer"', 'snakecase "NoHTTPS"', 'snakecase "GO_PATH"', 'snakecase "GO PATH"', 'snakecase "http2xx"', 'snakecase "HTTP20xOK"', 'snakecase "Duration2m3s"', 'snakecase "Bld4Floor3rd"', 'kebabcase "HTTPServerID"', 'snakecase "some_Mixed-caseString"', 'snakecase "日本語Text"', 'snakecase "ÀÉ Straße"', 'snakecase "a  b"', 'snakecase "_x_"', 'snakecase "x2"', 'snakecase "X2"', 'snakecase "2x"', 'snakecase "A1B2c"', 'snakecase "a.b_c"', 'snakecase "1"', 'snakecase ""', 'snakecase "ABc"', 'snakecase "a+b"', 'snakecase "a😀b"', 'camelcase "feature/x-y"',
    '0x1p-2', '0x1.8p1', '-0x1p3', '0X.8p0', '0xp1', '9223372036854775808', '9223372036854775807', '-9223372036854775808', '1.0e400', '1e308', 'printf "%T" 9223372036854775808.0', 'add 9223372036854775808 1', '18446744073709551616',
    'fromYamlArray "&lt;nil&gt; feature/x"', 'fromYaml "a: &x;y 1"', 'fromYaml "a: &x-y_1 1\\nb: *x-y_1"', 'fromYaml "a: *x;"',
    'camelcase "HTTP_server"', 'camelcase "hello_world-foo bar"', 'camelcase "_complex__case_"', 'camelcase "GOLANG_IS_GREAT"', 'camelcase "a"', 'camelcase "_"', 'camelcase "__"', 'camelcase "x_"', 'camelcase "some words  here"', 'camelcase "éa_ßb"', 'camelcase "ABC"', 'camelcase "aBC_dEF"', 'camelcase ""', 'camelcase "-"', 'camelcase "a-"', 'fromYamlArray "- a\\n---\\n- b"', 'fromYaml "a: 1\\nb: 2\\na: 3"', 'fromYaml "a:\\n- x\\n- y: 1\\n  z: [1, {q: ~}]"',
  );
}

/** Sprig's integer functions give int64, which is not Go's int: types, arguments, DeepEqual, duration. */
function int64Cases(): TemplateCase[] {
  const producers = ['add 1 2', 'add1 1', 'sub 3 1', 'mul 2 3', 'div 7 2', 'mod 7 2', 'max 1 2', 'min 1 2', 'biggest 1 2', 'int64 "5"', 'toDecimal "17"', 'int 5', 'atoi "5"', 'len "ab"'];
  return exprs(
    ...producers.flatMap((p) => [`typeOf (${p})`, `kindOf (${p})`, `printf "%T %v %d %x %5d|%-4v|" (${p}) (${p}) (${p}) (${p}) (${p}) (${p})`]),
    'typeIs "int64" (add 1 2)', 'kindIs "int" (add 1 2)', 'has 3 (list (add 1 2))', 'has (add 1 2) (list 3)', 'has (add 1 2) (list (int64 3))', 'without (list 1 (add 0 1)) 1',
    'uniq (list 1 (add 0 1) (int64 1))', 'eq 3 (add 1 2)', 'lt (add 1 1) 3', 'eq (add 1 2) 3.0', 'index .l (add 0 1)', 'slice .l (add 0 1)', 'round 1.55 (int64 1)', 'seq (add 1 1)',
    'until (add 1 1)', 'trunc (add 1 1) "abc"', 'repeat (int64 2) "ab"', 'substr 0 (add 1 1) "abc"', 'duration (int64 3723)', 'duration "3723"', 'duration 3723', 'duration 1.5',
    'duration .n', 'duration (int 5)', 'empty (sub 1 1)', 'default 5 (sub 1 1)', 'toJson (list (int64 3) (add 1 2))', 'toYaml (dict "a" (add 1 2))', 'date "2006-01-02" (add 0 86400)',
    'dateInZone "2006" (int64 0) "UTC"', 'slugify (int64 5) false "abc def"', 'ternary (add 1 1) 0 true | typeOf', 'list (add 1 2) 4 | toString', 'deepCopy (add 1 2) | typeOf',
    'coalesce (sub 1 1) (add 1 1) | typeOf', 'toString (add 1 2)', 'quote (add 1 2)', 'cat (add 1 2) (int 3)', 'add (add 1 2) .n | typeOf', 'addf (add 1 2) 1.5', 'mergeOverwrite (dict "a" (add 1 2)) (dict "a" (sub 1 1))',
  ).concat([t('{{ range $i := int64 3 }}{{ $i }}{{ typeOf $i }},{{ end }}'), t('{{ range $i := 2 }}{{ typeOf $i }},{{ end }}'), t('{{ $x := add 1 2 }}{{ if eq $x 3 }}three{{ end }}')]);
}

/** Time zones (abbreviations from zoneinfo, parsed offsets and names) and time.Time's methods. */
function timeCases(): TemplateCase[] {
  return exprs(
    'dateInZone "15:04 MST" 0 "Asia/Tokyo"',
    'dateInZone "15:04 MST" 0 "Europe/Paris"',
    'dateInZone "2006-01-02 15:04 MST -0700" (toDate "2006-01-02" "2024-07-01") "Europe/Paris"',
    'dateInZone "15:04 MST" 0 "America/Sao_Paulo"',
    'dateInZone "2006 MST" (toDate "2006-01-02" "2024-07-01") "America/New_York"',
    'dateInZone "2006 MST" (toDate "2006-01-02" "2024-01-01") "Australia/Lord_Howe"',
    'dateInZone "2006 MST" (toDate "2006-01-02" "2024-01-01") "Asia/Kolkata"',
    'dateInZone "2006 MST" (toDate "2006-01-02" "2024-01-01") "Nope/Zone"',
    'toDate "2006-01-02 MST" "2024-01-01 JST"',
    'toDate "2006-01-02 MST" "2024-01-01 UTC"',
    'toDate "2006-01-02 MST" "2024-01-01 GMT+3"',
    'toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T10:00:00+02:00"',
    'toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T10:00:00Z"',
    'toDate "2006-01-02 -0700 MST" "2024-01-01 +0900 JST"',
    'toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T10:00:00+02:00" | date "15:04 MST"',
    'toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T10:00:00+02:00" | toJson',
    'toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T10:00:00+02:00" | unixEpoch',
    '(toDate "2006-01-02" "2024-02-29").YearDay',
    '(toDate "2006-01-02" "2024-01-01").Unix',
    '(toDate "2006-01-02" "2024-01-01").Format "Jan 2"',
    '(toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T23:30:00-02:00").Day',
    '(toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T23:30:00-02:00").UTC',
    '(toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T23:30:00-02:00").UTC.Day',
    '(toDate "2006-01-02" "2024-01-01").Unix | typeOf',
    '(toDate "2006-01-02" "2024-01-01").Year | typeOf',
    '(toDate "2006-01-02" "bad").IsZero',
    '(toDate "2006-01-02" "2024-01-01").IsZero',
    '(toDate "2006-01-02" "2024-01-01").toString',
    '(toDate "2006-01-02" "2024-01-01").Nope',
    '(toDate "2006-01-02T15:04:05.999999999Z07:00" "2024-01-01T10:00:00.123456789Z").UnixNano',
    '(toDate "2006-01-02T15:04:05.999999999Z07:00" "2024-01-01T10:00:00.123456789Z").Nanosecond',
    '(toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T10:00:00+02:00").String',
    '(toDate "2006-01-02" "2024-01-01").Format',
    'toYaml (toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T10:00:00+02:00")',
  );
}

function templateCases(): TemplateCase[] {
  return [
    // builtins, comparison, control flow
    ...exprs(
      'eq 1 1', 'eq 1 1.0', 'eq .n 7', 'eq .n 7.0', 'eq "a" "a" "b"', 'eq .l .l', 'eq .c.metadata.labels .m', 'ne 1 2', 'lt 1 2', 'lt 1.5 2', 'lt "a" "b"', 'lt 1 "a"', 'le .n 7', 'gt .f 2',
      'ge 2 2', 'lt .l .l', 'eq nil nil', 'eq .nil nil', 'eq .missing nil', 'and 1 0 2', 'or 0 "" "x"', 'not 0', 'not .l', 'len .l', 'len .s', 'len .u', 'len .m', 'len .n', 'len nil',
      'len .c.metadata.labels', 'len .git.path.segments', 'index .l 1', 'index .l 5', 'index .m "x"', 'index .m "nope"', 'index .c.metadata.labels "env"', 'index .git.path.segments 2',
      'index .pr.labels 0', 'index .m.y "z"', 'index .s 0', 'index .l -1', 'index .l 1.0', 'index nil 1', 'slice .s 1 3', 'slice .pr.labels 1', 'slice .l 1 2 3', 'html "<a href=\\"x\\">" 1',
      'html "a" "<b>"', 'js "it\'s \\u2028 <x>"', 'js "a" 1', 'urlquery "a b&c" "/"', 'call .s', 'print', '.', '$', '.c.metadata.labels.env', '.c.metadata.labels.nope', '.bare.metadata.labels',
      '.bare.metadata.labels.env', '.git.path.segments', '.pr.labels', '.pr.number', '.c.values.revision', '.missing', '.missing.deeper', '.s.x', '.l.x', '.n.x', '.nil.x', '$.s', '$x',
      '1 2', '"a" | printf "%s-%s" "b"', 'nil', '.m.x | add 1', '(.m).x', '("abc")', '(1)', '.s | len | printf "%03d"', 'and', 'eq 1', '0x1p-2', '1e3', '0b101', '0o17', '017', "'\\n'", '1_000',
      '9223372036854775808', '-9223372036854775808', '1.0e400', '"\\x41\\u00e9"', '`raw\\n`',
      'index "abc" 1 | typeOf', 'chunk 2 .l | typeOf',
    ),
    t('{{ range $i, $e := .l }}{{ $i }}={{ $e }};{{ end }}'),
    t('{{ range .m }}{{ . }},{{ end }}'),
    t('{{ range $k, $v := .c.metadata.labels }}{{ $k }}={{ $v }};{{ end }}'),
    t('{{ range .git.path.segments }}[{{ . }}]{{ end }}'),
    t('{{ range $i, $s := .git.path.segments }}{{ if $i }}/{{ end }}{{ $s }}{{ end }}'),
    t('{{ range .el }}x{{ else }}empty{{ end }}'),
    t('{{ range 3 }}{{ . }}{{ end }}'),
    t('{{ range $i, $x := 3 }}{{ end }}'),
    t('{{ range .s }}{{ end }}'),
    t('{{ range .l }}{{ if eq . "a" }}{{ break }}{{ end }}{{ . }}{{ end }}'),
    t('{{ range .l }}{{ if eq . "a" }}{{ continue }}{{ end }}{{ . }}{{ end }}'),
    t('{{ with .missing }}x{{ else with .s }}{{ . }}{{ end }}'),
    t('{{ if .b }}y{{ else if .n }}n{{ else }}z{{ end }}'),
    t('{{ define "x" }}[{{ . }}]{{ end }}{{ template "x" .s }}{{ block "y" .n }}<{{ . }}>{{ end }}'),
    t('{{ template "nope" }}'),
    t('{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}'),
    t('{{- .s -}}  \n  {{- .n }}'),
    t('a {{- /* comment */ -}} b'),
    t('{{ .s'),
    t('{{ end }}'),
    t('{{ if }}{{ end }}'),
    t('{{ range .l }}'),
    t('line1\n{{ .nope | upper }}', P),
    t('line1\nline2 {{ fail "at line 2" }}'),
    t('{{ $x := 1 }}{{ $x := 2 }}{{ $x }}'),
    t('{{ break }}'),
    t('{{ .s | unknownFunc }}'),
    t('{{ tpl "{{ .s }}-{{ .n }}" . }}'),
    t('{{ tpl "{{ tpl \\"{{ tpl \\\\\\"{{ tpl \\\\\\\\\\\\\\"x\\\\\\\\\\\\\\" . }}\\\\\\" . }}\\" . }}" . }}'),
    t('{{ tpl "{{ .nope }}" . }}', P, ['missingkey=error']),
    t('{{ tpl "{{" . }}'),
    // missingkey modes on every shape
    ...['missingkey=default', 'missingkey=invalid', 'missingkey=zero', 'missingkey=error', 'missingkey=bogus', 'other'].flatMap((o) =>
      ['{{ .missing }}', '{{ .m.nope }}', '{{ .c.metadata.labels.nope }}', '{{ .bare.metadata.labels }}', '{{ .missing.x }}', '{{ index .m "nope" }}', '{{ .c.values.nope }}', '{{ .pr.nope | default "d" }}'].map(
        (tpl) => t(tpl, P, [o]),
      ),
    ),
  ];
}

function generatorShapeCases(): TemplateCase[] {
  const shapes: [string, Record<string, unknown>][] = [
    ['list', LIST_ELEMENT],
    ['cluster', CLUSTER],
    ['bare cluster', BARE_CLUSTER],
    ['git', GIT_FILE],
    ['pull request', PULL_REQUEST],
    ['git prefixed', { prefix: GIT_FILE }],
    ['flat clusters', { clusters: [CLUSTER, BARE_CLUSTER] }],
  ];
  const templates = [
    '{{ . }}', '{{ toJson . }}', '{{ toYaml . }}', '{{ printf "%v" . }}', '{{ printf "%#v" . }}', '{{ range $k, $v := . }}{{ $k }}:{{ typeOf $v }};{{ end }}', '{{ keys . | sortAlpha | join "," }}',
    '{{ .name }}-{{ .nameNormalized }}', '{{ .metadata.labels.env }}', '{{ get .metadata.labels "env" }}', '{{ .path.segments }}', '{{ index .path.segments 0 }}', '{{ .path.basename | upper }}',
    '{{ .number | int | add 1 }}', '{{ .labels | join "," }}', '{{ .values.revision }}', '{{ (index .clusters 0).name }}', '{{ len .clusters }}', '{{ .prefix.path.path }}',
    '{{ dig "metadata" "labels" "env" "none" . }}', '{{ deepCopy . | toJson }}', '{{ merge (dict) . | toJson }}', '{{ pick . "name" "path" | toJson }}', '{{ .head_short_sha_7 }}',
    '{{ .app.replicas | printf "%T %v" }}', '{{ .app.tags | join "+" }}', '{{ .metadata | toYaml }}', '{{ .path | toYaml }}', '{{ empty .metadata }}', '{{ hasKey .metadata "labels" }}',
  ];
  return shapes.flatMap(([, p]) => templates.map((tpl) => t(tpl, p)));
}

function fastTemplateCases(): TemplateCase[] {
  const p = { name: 'guestbook', 'path.basename': 'app', 'metadata.labels.env': 'prod', n: 7 as unknown as string, empty: '' };
  return ['{{name}}', '{{ name }}', '{{name}}-{{path.basename}}', '{{metadata.labels.env}}', '{{n}}', '{{missing}}', '{{}}', '{{ }}', '{{name', 'name}}', '{{empty}}x', '{{{name}}}', 'a{{name}}b{{name}}c', 'no tags', '{{name}}{{']
    .map((tpl) => ({ t: tpl, p, g: false }));
}

export function handCases(): TemplateCase[] {
  return [...fmtCases(), ...sprigCases(), ...yamlCases(), ...int64Cases(), ...timeCases(), ...templateCases(), ...generatorShapeCases(), ...fastTemplateCases()];
}
