/** Command-line parsing for `news-annotate` (no dependency: the options are few). */
import { RULE_IDS, isRuleId } from '../shared/checks/ruleIds';
import { isSeveritySetting, type RuleId, type SeveritySetting } from '../shared/checks/types';

export interface CliOptions {
  files: string[];
  json: boolean;
  /** Path of the JSONL input, or '-' for stdin. */
  jsonl: string | undefined;
  jobs: number | undefined;
  /** Folder of articles for `--report`. */
  report: string | undefined;
  /** `--format`: markdown, json or csv with --report; text or json with --check (checked against the mode). */
  format: OutputFormat | undefined;
  maxBytes: number | undefined;
  help: boolean;
  version: boolean;
  /** `--check`: run the attribution checks and print findings in the linter shape. */
  check: boolean;
  /** `--rule ID=SEVERITY` overrides, for --check. */
  rules: Partial<Record<RuleId, SeveritySetting>>;
  /** `--format brat`: print the analysis as a brat .ann file (one FILE). */
  brat: boolean;
  /** `--import-brat ANN`: the .ann file whose attributions become the article's human annotations. */
  importBrat: string | undefined;
  /** `--undo-import`: remove FILE's imported brat coding, bringing the machine's quotes back. */
  undoImport: boolean;
  /** `--compare ANN`: the .ann file to compare the machine's analysis with. */
  compare: string | undefined;
  /** Apply FILE.annotations.json (human corrections) when present; --no-annotations turns it off. */
  annotations: boolean;
}

export type ReportFormat = 'markdown' | 'json' | 'csv';
const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'json', 'csv'];
const CHECK_FORMATS = ['text', 'json'] as const;
export type OutputFormat = ReportFormat | (typeof CHECK_FORMATS)[number] | 'brat';
const OUTPUT_FORMATS: readonly string[] = [...REPORT_FORMATS, ...CHECK_FORMATS, 'brat'];

export class UsageError extends Error {}

export const USAGE = `Usage:
  news-annotate [--json] FILE…             who said what in each article (FILE '-' reads stdin)
  news-annotate --check [--format json] FILE…
                                           attribution checks, one FILE:LINE:COL: severity: message [rule-id] a line
  news-annotate --format brat FILE         the analysis as a brat standoff .ann file (PolNeAR's attribution scheme)
  news-annotate --import-brat ANN FILE     make ANN's attributions FILE's human annotations (FILE.annotations.json)
  news-annotate --undo-import FILE         remove that imported coding again (the machine's quotes come back)
  news-annotate --compare ANN FILE         where the machine and ANN's coding disagree, with agreement figures
  news-annotate --jsonl IN.jsonl           one {"id","text"} record per line in, one {"id", …analysis} line out
                                           (IN '-' reads stdin); runs on all cores, output in input order
  news-annotate --report DIR [--format F]  sources across every article in DIR (recursive: .txt .md .news
                                           .article): speakers merged by name, places, anonymous share per article

Options:
  --json            print the analysis as JSON (one file: the object; several: an object keyed by file)
  --jsonl IN        stream a JSONL file (see above)
  --report DIR      report over a folder of articles (see above)
  --format F        output: for FILEs text (the summary, default), json (as --json) or brat; with --report
                    markdown (default), json or csv; with --check text (default) or json
  -j, --jobs N      worker threads for --jsonl and --report (default: the number of cores)
  --max-size MB     refuse inputs larger than this many megabytes (default 50)
  --check           attribution checks (rules: ${RULE_IDS.join(', ')})
  --rule ID=SEV     with --check: a rule's severity (error, warning, information, hint or off); repeatable
  --import-brat ANN replace FILE's human annotations by ANN's attributions, as a person's complete coding; an .ann
                    that does not fit FILE is refused with its line and nothing is written
  --undo-import     remove the annotations --import-brat made (corrections made by hand stay)
  --compare ANN     list quotes only one side holds and matched quotes whose speakers differ (FILE:LINE:COL),
                    with precision, recall and F1 of the machine's quotes (Jaccard ≥ 0.5) and speaker agreement;
                    with --json, the comparison as JSON
  --no-annotations  ignore FILE.annotations.json (the corrections a person made; applied when present)
  -h, --help        show this help
  -v, --version     show the version

Problems with one input (missing, unreadable or binary file, bad JSONL line) are reported on stderr and the
rest is still processed; the exit status is then 1. Usage errors exit with 2. Messages show control characters
of names and inputs escaped (\\n, \\t, \\x1B, [U+202E]); JSON output escapes C1, bidi and U+2028/2029 as \\uXXXX.

Endless input: a FILE or stdin is read up to --max-size, then refused; with --jsonl a line longer than twice
--max-size is skipped, and one with no line feed within twice that (/dev/zero) ends the input with a message.
A FIFO (named pipe) or a terminal on stdin with no writer waits for input, as cat does (Ctrl-C ends it).

With --check: 1 when any error-severity finding is reported, 0 otherwise, and 2 for usage errors or a file that
cannot be read.
--compare exits 0 whatever the agreement, and 1 only when a file cannot be read or the .ann does not fit the article.
`;

/** `--rule unattributed-quote=error` → ['unattributed-quote', 'error']. */
function ruleOverride(value: string | undefined): [RuleId, SeveritySetting] {
  const [id, severity] = (value ?? '').split('=');
  if (!isRuleId(id))
    throw new UsageError(
      `--rule needs ID=SEVERITY with ID one of ${RULE_IDS.join(', ')}${value ? `, not "${value}"` : ''}`,
    );
  if (!isSeveritySetting(severity))
    throw new UsageError(`--rule ${id}= needs error, warning, information, hint or off`);
  return [id, severity];
}

function positiveNumber(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag} needs a positive number${value === undefined ? '' : `, not "${value}"`}`);
  }
  return n;
}

/** The brat modes work on one article each and exclude one another. */
function checkBratOptions(options: CliOptions): void {
  const modes = [
    options.brat && '--format brat',
    options.importBrat !== undefined && '--import-brat',
    options.undoImport && '--undo-import',
    options.compare !== undefined && '--compare',
    options.jsonl !== undefined && '--jsonl',
  ];
  const given = modes.filter((m): m is string => typeof m === 'string');
  if (given.length > 1) throw new UsageError(`${given.join(' and ')} cannot be used together`);
  if (given.length === 1 && given[0] !== '--jsonl' && options.files.length !== 1)
    throw new UsageError(`${given[0]} takes exactly one article FILE`);
  if ((options.importBrat !== undefined || options.undoImport) && options.files[0] === '-')
    throw new UsageError(`${given[0]} needs an article file beside which to keep its annotations, not stdin`);
  if (options.json && (options.brat || options.importBrat !== undefined || options.undoImport))
    throw new UsageError(`--json and ${given[0]} cannot be used together`);
}

/** What one option does to the options; `value()` takes its argument (`--opt=v` or the next word). */
type OptionHandler = (options: CliOptions, flag: string, value: () => string | undefined) => void;

function required(flag: string, v: string | undefined, what: string): string {
  if (v === undefined || v === '') throw new UsageError(`${flag} needs ${what}`);
  return v;
}

const OPTIONS: Record<string, OptionHandler> = {
  '--json': (o) => (o.json = true),
  '--no-annotations': (o) => (o.annotations = false),
  '--jsonl': (o, f, v) => (o.jsonl = required(f, v(), 'an input file (or - for stdin)')),
  '--report': (o, f, v) => (o.report = required(f, v(), 'a folder')),
  '--format': (o, _f, value) => {
    const v = value();
    if (v === undefined || !OUTPUT_FORMATS.includes(v))
      throw new UsageError(
        `--format needs one of ${OUTPUT_FORMATS.join(', ')}${v === undefined ? '' : `, not "${v}"`}`,
      );
    o.format = v as OutputFormat;
  },
  '--jobs': (o, f, v) => {
    o.jobs = Math.floor(positiveNumber(f, v()));
    if (o.jobs < 1) throw new UsageError(`${f} needs at least 1`);
  },
  '--max-size': (o, f, v) => (o.maxBytes = Math.floor(positiveNumber(f, v()) * 1024 * 1024)),
  '--check': (o) => (o.check = true),
  '--rule': (o, _f, v) => {
    const [id, severity] = ruleOverride(v());
    o.rules[id] = severity;
  },
  '--import-brat': (o, f, v) => (o.importBrat = required(f, v(), 'a brat .ann file')),
  '--compare': (o, f, v) => (o.compare = required(f, v(), 'a brat .ann file')),
  '--undo-import': (o) => (o.undoImport = true),
  '--help': (o) => (o.help = true),
  '--version': (o) => (o.version = true),
};
const SHORT_OPTIONS: Record<string, string> = { '-j': '--jobs', '-h': '--help', '-v': '--version' };

function defaultOptions(): CliOptions {
  return {
    files: [],
    json: false,
    jsonl: undefined,
    jobs: undefined,
    report: undefined,
    format: undefined,
    maxBytes: undefined,
    help: false,
    version: false,
    check: false,
    rules: {},
    annotations: true,
    brat: false,
    importBrat: undefined,
    undoImport: false,
    compare: undefined,
  };
}

export function parseArgs(argv: string[]): CliOptions {
  const options = defaultOptions();
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : undefined;
    const handler = Object.hasOwn(OPTIONS, flag)
      ? OPTIONS[flag]
      : Object.hasOwn(SHORT_OPTIONS, flag)
        ? OPTIONS[SHORT_OPTIONS[flag]]
        : undefined;
    if (!handler) throw new UsageError(`unknown option ${arg}`);
    handler(options, flag, () => inline ?? argv[++i]);
  }
  if (!options.help && !options.version) checkModes(options);
  return options;
}

/** The options fit one mode (--report, --check, brat, --jsonl or FILEs); --format is read for the mode it goes with. */
function checkModes(options: CliOptions): void {
  if (options.report !== undefined) {
    if (options.jsonl !== undefined || options.files.length > 0 || options.json || options.check) {
      throw new UsageError('--report takes one folder and no other input; use --format json for JSON');
    }
    if (options.format !== undefined && !REPORT_FORMATS.includes(options.format as ReportFormat))
      throw new UsageError(`--format with --report: one of ${REPORT_FORMATS.join(', ')}`);
    return;
  }
  if (options.check && (options.json || options.jsonl !== undefined))
    throw new UsageError('--check prints findings: drop --json / --jsonl (use --format json)');
  if (options.check && options.format !== undefined && options.format !== 'text' && options.format !== 'json')
    throw new UsageError('--format with --check: text or json');
  if (!options.check && Object.keys(options.rules).length > 0) throw new UsageError('--rule goes with --check');
  if (!options.check && options.format !== undefined) {
    // For articles: text (the summary), json (as --json) or brat.
    if (options.format === 'brat') options.brat = true;
    else if (options.format === 'json') options.json = true;
    else if (options.format !== 'text')
      throw new UsageError(`--format for articles: text, json or brat, not "${options.format}"`);
  }
  checkBratOptions(options);
  if (options.jsonl !== undefined && options.files.length > 0) throw new UsageError('--jsonl takes no FILE arguments');
  if (options.jsonl !== undefined && options.json) throw new UsageError('--jsonl already writes JSON; drop --json');
  if (options.jsonl === undefined && options.files.length === 0)
    throw new UsageError('no input: give one or more FILEs, or --jsonl IN.jsonl');
}
