// Notifications for the extension. Every message goes through escapeLinks: they quote file names, speaker names and
// worker errors, and VS Code would turn `[x](command:…)` in any of them into a command link. Our own messages have
// no links, so the whole message is escaped. (eslint forbids vscode.window.show*Message elsewhere.)
import * as vscode from 'vscode';
import { escapeLinks } from '../shared/commandQueries';

export function info<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showInformationMessage(escapeLinks(message), ...items);
}

export function warn<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showWarningMessage(escapeLinks(message), ...items);
}

/** A modal warning (a question that must be answered before going on). */
export function warnModal<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showWarningMessage(escapeLinks(message), { modal: true }, ...items);
}

export function error<T extends string>(message: string, ...items: T[]): Thenable<T | undefined> {
  return vscode.window.showErrorMessage(escapeLinks(message), ...items);
}
