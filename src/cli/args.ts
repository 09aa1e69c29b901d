/** Command-line parsing for `news-annotate` (no dependency: the options are few). */

export interface CliOptions {
  files: string[];
  json: boolean;
  /** Path of the JSONL input, or '-' for stdin. */
  jsonl: string | undefined;
  jobs: number | undefined;
  maxBytes: number | undefined;
  help: boolean;
  version: boolean;
  /** Apply FILE.annotations.json (human corrections) when present; --no-annotations turns it off. */
  annotations: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  news-annotate [--json] FILE…             who said what in each article (FILE '-' reads stdin)
  news-annotate --jsonl IN.jsonl           one {"id","text"} record per line in, one {"id", …analysis} line out
                                           (IN '-' reads stdin); runs on all cores, output in input order

Options:
  --json            print the analysis as JSON (one file: the object; several: an object keyed by file)
  --jsonl IN        stream a JSONL file (see above)
  -j, --jobs N      worker threads for --jsonl (default: the number of cores)
  --max-size MB     refuse inputs larger than this many megabytes (default 50)
  --no-annotations  ignore FILE.annotations.json (the corrections a person made; applied when present)
  -h, --help        show this help
  -v, --version     show the version

Problems with one input (missing, unreadable or binary file, bad JSONL line) are reported on stderr and the
rest is still processed; the exit status is then 1. Usage errors exit with 2.
`;

function positiveNumber(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag} needs a positive number${value === undefined ? '' : `, not "${value}"`}`);
  }
  return n;
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { files: [], json: false, jsonl: undefined, jobs: undefined, maxBytes: undefined, help: false, version: false, annotations: true };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--':
        onlyFiles = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--no-annotations':
        options.annotations = false;
        break;
      case '--jsonl': {
        const v = value();
        if (v === undefined || v === '') throw new UsageError('--jsonl needs an input file (or - for stdin)');
        options.jsonl = v;
        break;
      }
      case '-j':
      case '--jobs':
        options.jobs = Math.floor(positiveNumber(flag, value()));
        if (options.jobs < 1) throw new UsageError(`${flag} needs at least 1`);
        break;
      case '--max-size':
        options.maxBytes = Math.floor(positiveNumber(flag, value()) * 1024 * 1024);
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (options.help || options.version) return options;
  if (options.jsonl !== undefined && options.files.length > 0) throw new UsageError('--jsonl takes no FILE arguments');
  if (options.jsonl !== undefined && options.json) throw new UsageError('--jsonl already writes JSON; drop --json');
  if (options.jsonl === undefined && options.files.length === 0) throw new UsageError('no input: give one or more FILEs, or --jsonl IN.jsonl');
  return options;
}
