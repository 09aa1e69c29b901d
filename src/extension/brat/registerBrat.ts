// The brat commands: Import, Export and Compare (see importBrat.ts, exportBrat.ts, compareBrat.ts).
import * as vscode from 'vscode';
import { compareBrat, type CompareBratArgs } from './compareBrat';
import { exportBrat, type ExportBratArgs } from './exportBrat';
import { importBrat, type BratDeps, type ImportBratArgs } from './importBrat';
import { FEATURE_COMMAND_IDS } from '../../shared/commandIds';

export const BRAT_COMMANDS = {
  import: FEATURE_COMMAND_IDS.importBrat,
  export: FEATURE_COMMAND_IDS.exportBrat,
  compare: FEATURE_COMMAND_IDS.compareBrat,
} as const;

export function registerBratCommands(deps: BratDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(BRAT_COMMANDS.import, (arg?: ImportBratArgs) => importBrat(deps, arg)),
    vscode.commands.registerCommand(BRAT_COMMANDS.export, (arg?: ExportBratArgs) => exportBrat(deps.controller, arg)),
    vscode.commands.registerCommand(BRAT_COMMANDS.compare, (arg?: CompareBratArgs) => compareBrat(deps, arg)),
  ];
}
