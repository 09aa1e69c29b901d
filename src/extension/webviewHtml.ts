// The page of each webview (the Who Said What panel, the folder report): one strict Content-Security-Policy, so a
// change to it (say, an image source) is made once. Nothing remote loads; the one script runs by its nonce.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

export interface WebviewPage {
  title: string;
  /** The page's own stylesheet under media/, e.g. 'panel.css'. */
  css: string;
  /** The page's bundle under dist/, e.g. 'webview.js'. */
  script: string;
  /** The element the script renders into, e.g. '<div id="app" role="main"></div>'. */
  body: string;
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (...parts: string[]): string =>
    webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...parts)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', 'codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('media', page.css)}">
<title>${page.title}</title>
</head>
<body>
${page.body}
<script nonce="${nonce}" src="${asset('dist', page.script)}"></script>
</body>
</html>`;
}
