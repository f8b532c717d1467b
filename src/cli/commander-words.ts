import { Help, type Command } from 'commander';
import { words, type Lang } from '../i18n/index.js';

/**
 * Commander's own words (the help's headings, "default:", "choices:", its error lines) in the
 * run's language. Commander has no message catalogue: the headings go through its styleTitle
 * hook, and its error lines (a fixed set of sentences) are worded again as they are written.
 */
export function localizeCommander(cmd: Command, lang: Lang): void {
  const w = words(lang).program;
  const titles: Record<string, string> = {
    'Usage:': w.headings.usage,
    'Arguments:': w.headings.arguments,
    'Options:': w.headings.options,
    'Commands:': w.headings.commands,
    'Global Options:': w.headings.globalOptions,
  };
  const extras = (text: string) =>
    text.replace(/\((choices|default): /g, (_all, which: string) => `(${which === 'default' ? w.headings.default : w.headings.choices}: `).replace(/, default: /g, `, ${w.headings.default}: `);
  cmd.configureHelp({
    styleTitle: (title) => titles[title] ?? title,
    styleUsage: (usage) => usage.replace('[options]', w.headings.usageOptions).replace('[command]', w.headings.usageCommand),
    optionDescription: (option) => extras(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) => extras(Help.prototype.argumentDescription.call(new Help(), argument)),
    subcommandTerm: (sub) => Help.prototype.subcommandTerm.call(new Help(), sub).replace('[options]', w.headings.usageOptions).replace('[command]', w.headings.usageCommand),
  });
  cmd.helpOption('-h, --help', w.help);
}

/** One of commander's error lines in LANG; a line it does not know stays as it is. */
export function commanderError(text: string, lang: Lang): string {
  const w = words(lang).program;
  const [first = '', ...rest] = text.split('\n');
  const tail = rest.join('\n');
  let m: RegExpExecArray | null;
  let line = first;
  if ((m = /^error: unknown option '(.+?)'/.exec(first))) line = w.unknownOption(m[1]!);
  else if ((m = /^error: unknown command '(.+?)'/.exec(first))) line = w.unknownCommand(m[1]!);
  else if ((m = /^error: missing required argument '(.+?)'/.exec(first))) line = w.missingArgument(m[1]!);
  else if ((m = /^error: option '(.+?)' argument missing/.exec(first))) line = w.missingValue(m[1]!);
  else if ((m = /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/.exec(first))) line = w.badChoice(m[1]!, m[2]!, m[3]!);
  else if ((m = /^error: option '(.+?)' argument '(.*?)' is invalid\. (.+)$/.exec(first))) line = w.badValue(m[1]!, m[2]!, m[3]!);
  else if ((m = /^error: too many arguments(?: for '(.+?)')?/.exec(first))) line = w.tooManyArguments(m[1] ?? 'studyplan');
  // "(Did you mean --lang?)": the suggestion is a flag or command name, the same in every language.
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(tail.trim());
  const more = suggestion ? `\n${w.didYouMean(suggestion[1]!)}` : tail ? `\n${tail}` : '';
  return `${line}${more}${text.endsWith('\n') && !more.endsWith('\n') ? '\n' : ''}`;
}
