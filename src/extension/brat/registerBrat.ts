// The brat commands: Import, Export and Compare (see importBrat.ts, exportBrat.ts, compareBrat.ts), registered at
// activation and loaded on first use from their own bundle (lazyFeatures.ts).
import * as vscode from 'vscode';
import type { CompareBratArgs } from './compareBrat';
import type { ExportBratArgs } from './exportBrat';
import type { BratDeps, ImportBratArgs } from './importBrat';
import { FEATURE_COMMAND_IDS } from '../../shared/commandIds';
import { features } from '../lazyFeatures';

export const BRAT_COMMANDS = {
  import: FEATURE_COMMAND_IDS.importBrat,
  export: FEATURE_COMMAND_IDS.exportBrat,
  compare: FEATURE_COMMAND_IDS.compareBrat,
} as const;

export function registerBratCommands(deps: BratDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(BRAT_COMMANDS.import, (arg?: ImportBratArgs) => features().importBrat(deps, arg)),
    vscode.commands.registerCommand(BRAT_COMMANDS.export, (arg?: ExportBratArgs) =>
      features().exportBrat(deps.controller, arg),
    ),
    vscode.commands.registerCommand(BRAT_COMMANDS.compare, (arg?: CompareBratArgs) =>
      features().compareBrat(deps, arg),
    ),
  ];
}
