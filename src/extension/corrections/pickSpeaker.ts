// Choosing a speaker: one of the article's, or a new name and its type. Answers given as arguments (a test, a
// scripted call) skip the questions.
import * as vscode from 'vscode';
import type { Analysis, Speaker, SpeakerType } from '../../core/types';
import { escapeIcons } from '../../shared/commandQueries';
import type { SpeakerRef } from '../../shared/annotations/types';
import type { CorrectionArgs } from './context';

const TYPE_ICON: Record<SpeakerType, string> = {
  person: 'person',
  organization: 'organization',
  anonymous: 'eye-closed',
  document: 'file-text',
};
const TYPES: SpeakerType[] = ['person', 'organization', 'anonymous', 'document'];

export function speakerItems(speakers: readonly Speaker[]): Array<vscode.QuickPickItem & { speaker: Speaker }> {
  return [...speakers]
    .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
    .map((s) => ({
      speaker: s,
      label: `$(${TYPE_ICON[s.type]}) ${escapeIcons(s.name)}`,
      description: escapeIcons([s.role, s.type].filter(Boolean).join(' · ')),
    }));
}

export async function pickType(title: string, given?: SpeakerType): Promise<SpeakerType | undefined> {
  if (given && TYPES.includes(given)) return given;
  const picked = await vscode.window.showQuickPick(
    TYPES.map((t) => ({ label: `$(${TYPE_ICON[t]}) ${t}`, type: t })),
    { title, placeHolder: 'What kind of speaker is this?' },
  );
  return picked?.type;
}

/** One of the article's speakers (by id), or a new one; undefined when the person cancels. */
export async function pickSpeaker(
  analysis: Analysis,
  args: CorrectionArgs | undefined,
  title: string,
): Promise<SpeakerRef | undefined> {
  if (args?.name?.trim()) {
    const known = analysis.speakers.find((s) => s.name === args.name);
    const type = known?.type ?? (await pickType(title, args.type));
    return type ? { name: args.name.trim(), type: args.type ?? type } : undefined;
  }
  const byId = args?.speakerId ? analysis.speakers.find((s) => s.id === args.speakerId) : undefined;
  if (byId) return { name: byId.name, type: byId.type };
  const NEW = '$(add) New speaker…';
  const picked = await vscode.window.showQuickPick(
    [{ label: NEW, speaker: undefined }, ...speakerItems(analysis.speakers)],
    {
      title,
      placeHolder: 'Choose the speaker, or type a new name',
      matchOnDescription: true,
    },
  );
  if (!picked) return undefined;
  if (picked.speaker) return { name: picked.speaker.name, type: picked.speaker.type };
  const name = (
    await vscode.window.showInputBox({
      title,
      prompt: 'The speaker’s name, as the article should show it',
      validateInput: (v) => (v.trim() ? undefined : 'Type a name'),
    })
  )?.trim();
  if (!name) return undefined;
  const type = await pickType(title);
  return type ? { name, type } : undefined;
}

/** One speaker of the article (given by id, at the cursor, or picked). */
export async function pickExistingSpeaker(
  analysis: Analysis,
  id: string | undefined,
  title: string,
): Promise<Speaker | undefined> {
  const byId = id ? analysis.speakers.find((s) => s.id === id) : undefined;
  if (byId) return byId;
  return (
    await vscode.window.showQuickPick(speakerItems(analysis.speakers), {
      title,
      placeHolder: 'Choose a speaker',
      matchOnDescription: true,
    })
  )?.speaker;
}
