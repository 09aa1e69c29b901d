// `npm start`: builds the extension and shows it running on the sample articles in a real VS Code.
//  - desktop VS Code (`code` on PATH): opens samples/ with --extensionDevelopmentPath;
//  - otherwise (or with --code-server): code-server (installed into the cache on first use), printing a local URL
//    to open in a browser; runs until Ctrl-C and then stops every process it started.
//    The address printed is a short launcher page that redirects to code-server's long workbench address and
//    opens a sample article.
//   npm start [-- --code-server] [-- --port=8080] [-- --host=0.0.0.0] [-- --launcher-port=8081]
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from './vscode-offline/config.mjs';
import { ensureCodeServer } from './vscode-offline/install.mjs';
import { startCodeServer, workbenchUrl } from './vscode-offline/launch.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const samples = join(repoRoot, 'samples');

const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=extension,worker,webview,report,cli'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDesktopCode =
  !args.includes('--code-server') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasDesktopCode) {
  console.log('start: desktop VS Code found: opening samples/ with the extension loaded from this folder');
  console.log('start: (run `npm start -- --code-server` for the browser version instead)');
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, samples], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 0);
}

try {
  ensureCodeServer();
} catch (err) {
  console.error(`start: ${err.message}`);
  process.exit(1);
}
const server = await startCodeServer({
  port: Number(opt('port') ?? process.env.PORT ?? 0),
  host: opt('host') ?? '127.0.0.1',
});
const sample = join(samples, 'harbor-strike.news');
const longUrl = new URL(workbenchUrl(server.url, { folder: samples, extensionDevelopmentPath: repoRoot }));
// The workbench opens the file named by the payload's openFile (as VS Code's own "open in dev host" does).
const payload = JSON.parse(longUrl.searchParams.get('payload') ?? '[]');
payload.push(['openFile', `vscode-remote://remote${sample}`]);
longUrl.searchParams.set('payload', JSON.stringify(payload));
const short = await shortAddress(longUrl, opt('host') ?? '127.0.0.1');
console.log('\nNews Annotator is running in VS Code (code-server). Open this address in a browser:\n');
console.log(`  ${short}\n`);
console.log(
  `It opens samples/${sample.split('/').pop()}; the "Who Said What" panel is in the activity bar. Ctrl-C stops it.`,
);
// Keep running until a signal; launch.mjs's handlers kill code-server's process group on the way out.
await new Promise(() => {});

/**
 * A launcher on a port of its own whose only page redirects to the workbench: code-server's address carries the
 * folder and the extension payload in its query (hundreds of characters), this one is `http://127.0.0.1:PORT/`.
 * The redirect keeps the host the browser used, so `--host=0.0.0.0` works from another machine too.
 */
async function shortAddress(target, host) {
  const launcher = createServer((req, res) => {
    const to = new URL(target);
    const asked = req.headers.host?.replace(/:\d+$/, '');
    if (asked) to.hostname = asked;
    res.writeHead(302, { Location: to.toString(), 'Cache-Control': 'no-store' });
    res.end();
  });
  await new Promise((resolve, reject) => {
    launcher.once('error', reject);
    launcher.listen(Number(opt('launcher-port') ?? 0), host, resolve);
  });
  launcher.unref(); // the process lives as long as code-server does, not because of the launcher
  const { port } = launcher.address();
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
}
