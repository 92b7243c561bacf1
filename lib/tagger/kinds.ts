import type { KindVocabulary } from "../knowledge";

export type StatementKind = "directive" | "assessment" | "procedural";

/** Which reading decided the kind; the interface words each in plain language. */
export type KindRule =
  | "headline" // a headline names the event
  | "procedure" // presides, attends, convenes, hears reports, inspects
  | "instruction" // instructs: 要, 必须, 确保, an imperative verb after 强调
  | "evaluation" // describes or evaluates: 当前, 形势, 取得成效
  | "later-instruction" // the first sentence neither instructs nor evaluates, a later one instructs
  | "no-instruction"; // nothing instructs

export interface KindDecision {
  kind: StatementKind;
  rule: KindRule;
  /** The words in the statement that decided it, in the order they were read. */
  words: string[];
}

export interface KindContext {
  /** It is a headline, not a paragraph. */
  headline: boolean;
}

interface CompiledVocabulary {
  modal: RegExp;
  notModal: RegExp;
  stance: RegExp;
  directive: RegExp;
  procedural: RegExp;
  notProcedural: RegExp;
  assessment: RegExp;
  evaluativePredicate: RegExp;
  opener: RegExp;
  enumerator: RegExp;
  reporting: RegExp;
  notReporting: RegExp;
  leadingVerb: RegExp;
  contentless: RegExp;
  pledge: RegExp;
  instructing: Set<string>;
  commanding: Set<string>;
  narrating: Set<string>;
  notPledge: string[];
}

const compiled = new WeakMap<KindVocabulary, CompiledVocabulary>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function alternatives(words: string[]): string {
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.length > 0 ? sorted.map(escapeRegExp).join("|") : "(?!)";
}

function compile(v: KindVocabulary): CompiledVocabulary {
  const cached = compiled.get(v);
  if (cached) return cached;
  const built: CompiledVocabulary = {
    modal: new RegExp(alternatives(v.modals), "g"),
    notModal: new RegExp(alternatives([...v.notModal, ...v.alsoNotModal]), "g"),
    stance: new RegExp(alternatives(v.stanceWords), "g"),
    directive: new RegExp(alternatives(v.directiveWords), "g"),
    procedural: new RegExp(alternatives(v.proceduralWords), "g"),
    notProcedural: new RegExp(alternatives(v.notProcedural), "g"),
    assessment: new RegExp(alternatives(v.assessmentWords)),
    evaluativePredicate: new RegExp(alternatives(v.evaluativePredicates)),
    opener: new RegExp(`^(?:${alternatives(v.imperativeOpeners)})`),
    enumerator: new RegExp(`^(?:${alternatives(v.enumerators)}|[一二三四五六七八九十]+要)`),
    // A reporting verb that introduces what was said: followed by a comma or colon, or an instructing
    // verb running straight on (会议强调各级党委…, 强调要…); 说明, 强调了 are not introductions.
    reporting: new RegExp(`(${alternatives(v.reportingVerbs)})(?=[，,：:]|(?<=${alternatives(v.instructingVerbs)})[^了的，,。])`),
    notReporting: new RegExp(alternatives(v.notReporting), "g"),
    leadingVerb: new RegExp(`^(?:${alternatives(v.reportingVerbs)})(?=[，,：:])`),
    contentless: new RegExp(`(?:${alternatives(v.contentlessActs)})[。！？!?，,]?$`),
    // A short subject (全市, 茂名) or none, then 将 and what it will do.
    pledge: new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${alternatives(v.pledgeWords)})`),
    instructing: new Set(v.instructingVerbs),
    commanding: new Set(v.commandingVerbs),
    narrating: new Set(v.narratingVerbs),
    notPledge: v.notPledge,
  };
  compiled.set(v, built);
  return built;
}

const SENTENCE_END = /[。！？!?]/;
const LEADING_PUNCTUATION = /^[，,：:、\s“”"]+/;
/** A short heading before a colon that opens an enumerated point: 避：做好…, 一是安全：… */
const POINT_HEADING = /^[\u4e00-\u9fff]{1,4}[：:]/;
/** A short quoted name (“三管三必须”): its words are a slogan's, not an instruction. */
const QUOTED_NAME = /“[^“”]{1,10}”/g;
/** A modal in an attributive clause (必须坚持的原则, 要把握的问题): it names, it does not instruct. */
const ATTRIBUTIVE = /^[\u4e00-\u9fff]{1,2}的/;

/** 要求 as the object of 按照/根据/落实 (按照省委要求，…; 落实早发现…要求，…): a noun, not a reporting verb. */
const REQUIREMENT_FOLLOWED = /(?:按照|根据|遵照|对照)[^，,。；;]{0,30}?要求/g;

/** What a commanding verb introduces: at least a verb and its object, not a trailing 和建议. */
const COMMAND = /[\u4e00-\u9fff]{4}/;
/** A verb that qualifies a noun (召开的会议, 召开之年): it records no act. */
const QUALIFYING = /^[的之]/;

const blank = (w: string) => "＿".repeat(w.length);

/** The text without short quoted names (“三管三必须”) and declarations of a stance (坚决拥护). */
function unquoted(text: string, c: CompiledVocabulary): string {
  return text.replace(QUOTED_NAME, blank).replace(c.stance, blank);
}

/** The text with words that look like modals but are not (重要, 要紧的, 要清醒看到) blanked out as well. */
function unmarked(text: string, c: CompiledVocabulary): string {
  return unquoted(text, c).replace(c.notModal, blank);
}

/** The first match of `pattern` in `plain` that does not stand in an attributive clause (必须坚持的原则). */
function firstAsserted(pattern: RegExp, plain: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(plain); m; m = pattern.exec(plain)) if (!ATTRIBUTIVE.test(plain.slice(m.index + m[0].length))) return m;
  return null;
}

/** A modal (要, 必须…) that is not part of a word like 重要 or 要求, nor of an attributive clause. */
function modalAt(text: string, c: CompiledVocabulary): RegExpExecArray | null {
  return firstAsserted(c.modal, unmarked(text, c));
}

function modalIn(text: string, c: CompiledVocabulary): string | null {
  return modalAt(text, c)?.[0] ?? null;
}

/** The first instruction: a modal or a directive word (必须, 确保…). */
function instructionAt(text: string, c: CompiledVocabulary): RegExpExecArray | null {
  const modal = modalAt(text, c);
  const directive = firstAsserted(c.directive, unquoted(text, c));
  return modal && (!directive || modal.index <= directive.index) ? modal : directive;
}

/** An instruction anywhere in `text`. */
function instructionIn(text: string, c: CompiledVocabulary): string | null {
  return instructionAt(text, c)?.[0] ?? null;
}

/** The first instruction and the clause it stands in, to its next comma or stop. */
function instructionClause(text: string, c: CompiledVocabulary): { word: string; clause: string } | null {
  const first = instructionAt(text, c);
  if (!first) return null;
  const from = Math.max(text.lastIndexOf("，", first.index), text.lastIndexOf(",", first.index)) + 1;
  const to = text.slice(first.index).search(/[，,；;。！？!?]/);
  return { word: first[0], clause: text.slice(from, to === -1 ? text.length : first.index + to) };
}

/** The first procedural word outside the nouns that hold one (发言人, 讲话精神) and the clauses that qualify a noun (召开之年). */
function procedureAt(text: string, c: CompiledVocabulary): RegExpExecArray | null {
  const plain = text.replace(c.notProcedural, blank);
  c.procedural.lastIndex = 0;
  for (let m = c.procedural.exec(plain); m; m = c.procedural.exec(plain)) if (!QUALIFYING.test(plain.slice(m.index + m[0].length))) return m;
  return null;
}

/** A pledge (全市将…, 将…作为…) that is not a forecast or a date (将于, 即将, 将达到). */
function pledgeIn(text: string, c: CompiledVocabulary): string | null {
  const m = c.pledge.exec(text);
  if (!m) return null;
  const word = m[0].slice(m[0].length - 1);
  const at = m.index + m[0].length - 1;
  const excluded = c.notPledge.some((w) => {
    const k = w.indexOf(word);
    return k >= 0 && at - k >= 0 && text.startsWith(w, at - k);
  });
  return excluded ? null : word;
}

/**
 * What a statement does, from its main clause: a directive instructs, an assessment describes or
 * evaluates, a procedural line records that someone presided, attended, convened or inspected.
 * The first sentence decides; when it neither instructs nor evaluates, a later instruction makes it
 * a directive. A headline is procedural.
 */
export function statementKind(text: string, context: KindContext, vocabulary: KindVocabulary): KindDecision {
  if (context.headline) return { kind: "procedural", rule: "headline", words: [] };
  const c = compile(vocabulary);
  const sentenceEnd = text.search(SENTENCE_END);
  const first = sentenceEnd === -1 ? text : text.slice(0, sentenceEnd + 1);
  const rest = sentenceEnd === -1 ? "" : text.slice(sentenceEnd + 1);
  return mainClauseKind(first, rest, c);
}

/** A clause that sets the scene for the main one: 听取汇报后，… / 调研时，… / 在会上，… / 听取汇报后指出 */
const SUBORDINATE_END = /(?:后|时|中|上|期间|之际)[，,]/;
const SUBORDINATE_BEFORE_VERB = /(?:后|时|期间|之际)[，,]?$/;
/** A scene that a procedure sets before the main clause: 听取汇报后，… (not 在讲话中，…, which is the speech itself). */
const SCENE_END = /(?:后|时|期间|之际)[，,]/;

function mainClauseKind(first: string, rest: string, c: CompiledVocabulary): KindDecision {
  const verb = c.reporting.exec(first.replace(REQUIREMENT_FOLLOWED, blank).replace(c.notReporting, blank));
  const procedure = procedureAt(first, c);
  // A procedure a clause or more before the reporting verb leads the sentence (主持召开会议，传达…要求，
  // 研究…), unless it only sets the scene for what the speaker then says (听取汇报后，尤权指出…);
  // in the verb's own clause it is the occasion of the speech (在讲话中说, 主持会议并讲话强调).
  const between = procedure && verb ? first.slice(procedure.index, verb.index) : "";
  const procedureLeads =
    procedure !== null && verb !== null && procedure.index < verb.index && /[，,]/.test(between) && !SUBORDINATE_END.test(between) && !SUBORDINATE_BEFORE_VERB.test(between);
  if (verb && !procedureLeads) {
    // 强调指出，…: the second verb introduces the same words.
    const said = first.slice(verb.index + verb[0].length).replace(c.leadingVerb, "").replace(LEADING_PUNCTUATION, "");
    const reported = [verb[0]];
    // 据X介绍，… / 记者了解到，…: what is reported is read as if nobody said it.
    if (c.narrating.has(verb[0]) && said) {
      const inner = unreportedKind(said, rest, c);
      return { ...inner, words: [...reported, ...inner.words] };
    }
    const instruction = instructionClause(said, c);
    if (instruction) {
      // 确保“一河清水”入黄至关重要: the instruction is the subject of an evaluation.
      const judged = c.evaluativePredicate.exec(instruction.clause)?.[0];
      if (judged) return { kind: "assessment", rule: "evaluation", words: [...reported, judged] };
      return { kind: "directive", rule: "instruction", words: [...reported, instruction.word] };
    }
    const predicate = c.evaluativePredicate.exec(said)?.[0];
    if (predicate) {
      // 强调，三季度是承上启下的关键。要……: an instructing verb frames before it instructs.
      const framed = c.instructing.has(verb[0]) ? instructionIn(rest, c) : null;
      if (framed) return { kind: "directive", rule: "later-instruction", words: [...reported, predicate, framed] };
      return { kind: "assessment", rule: "evaluation", words: [...reported, predicate] };
    }
    // 要压实…，落实…要求，…: a 要求 after the sentence has begun instructing commands nothing.
    const commands = c.commanding.has(verb[0]) && COMMAND.test(said) && !modalAt(first.slice(0, verb.index), c);
    if (commands) return { kind: "directive", rule: "instruction", words: reported };
    const opener = c.enumerator.exec(said)?.[0] ?? c.opener.exec(unquoted(said, c))?.[0] ?? pledgeIn(said, c);
    if (opener) return { kind: "directive", rule: "instruction", words: [...reported, opener] };
    const evaluation = c.assessment.exec(said)?.[0];
    if (evaluation) {
      const framed = c.instructing.has(verb[0]) ? instructionIn(rest, c) : null;
      if (framed) return { kind: "directive", rule: "later-instruction", words: [...reported, evaluation, framed] };
      return { kind: "assessment", rule: "evaluation", words: [...reported, evaluation] };
    }
    const later = instructionIn(rest, c);
    if (later) return { kind: "directive", rule: "later-instruction", words: [...reported, later] };
    return { kind: "assessment", rule: "no-instruction", words: reported };
  }
  return unreportedKind(first, rest, c);
}

/** A sentence without a reporting verb (or with one that only leads into a procedure). */
function unreportedKind(first: string, rest: string, c: CompiledVocabulary): KindDecision {
  const opening = first.replace(LEADING_PUNCTUATION, "").replace(POINT_HEADING, "");
  const enumerated = c.enumerator.exec(opening)?.[0];
  if (enumerated) return { kind: "directive", rule: "instruction", words: [enumerated] };
  const contentless = c.contentless.exec(first.trim())?.[0];
  if (contentless) return { kind: "procedural", rule: "procedure", words: [contentless.replace(/[。！？!?，,]$/, "")] };
  const procedure = procedureAt(first, c);
  // 听取汇报后，鄂竟平对…给予充分肯定: the procedure only sets the scene; the main clause decides.
  if (procedure) {
    const after = first.slice(procedure.index);
    const scene = after.search(SCENE_END);
    if (scene !== -1 && !/[，,]/.test(after.slice(0, scene))) {
      const main = first.slice(procedure.index + scene).replace(/^[^，,]*[，,]/, "");
      if (!procedureAt(main, c)) return unreportedKind(main, rest, c);
    }
  }
  const modal = modalAt(first, c);
  if (procedure && !(modal && modal.index < procedure.index)) {
    // Only a modal instructs after a procedure: "召开会议，X安排部署…" reports the meeting.
    const instruction = modalIn(first.slice(procedure.index + procedure[0].length), c);
    if (instruction) return { kind: "directive", rule: "instruction", words: [procedure[0], instruction] };
    return { kind: "procedural", rule: "procedure", words: [procedure[0]] };
  }
  const instruction = instructionIn(first, c);
  if (instruction) return { kind: "directive", rule: "instruction", words: [instruction] };
  const evaluation = c.assessment.exec(first)?.[0];
  if (evaluation) return { kind: "assessment", rule: "evaluation", words: [evaluation] };
  const opener = c.opener.exec(unquoted(opening, c))?.[0] ?? pledgeIn(opening, c);
  if (opener) return { kind: "directive", rule: "instruction", words: [opener] };
  const later = instructionIn(rest, c);
  if (later) return { kind: "directive", rule: "later-instruction", words: [later] };
  return { kind: "assessment", rule: "no-instruction", words: [] };
}
