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
  directive: RegExp;
  procedural: RegExp;
  assessment: RegExp;
  evaluativePredicate: RegExp;
  opener: RegExp;
  enumerator: RegExp;
  reporting: RegExp;
  instructing: Set<string>;
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
    modal: new RegExp(alternatives(v.modals)),
    notModal: new RegExp(alternatives([...v.notModal, ...v.alsoNotModal]), "g"),
    directive: new RegExp(alternatives(v.directiveWords)),
    procedural: new RegExp(alternatives(v.proceduralWords)),
    assessment: new RegExp(alternatives(v.assessmentWords)),
    evaluativePredicate: new RegExp(alternatives(v.evaluativePredicates)),
    opener: new RegExp(`^(?:${alternatives(v.imperativeOpeners)})`),
    enumerator: new RegExp(`^(?:${alternatives(v.enumerators)}|[一二三四五六七八九十]+要)`),
    // A reporting verb that introduces what was said: followed by a comma or colon, or an instructing
    // verb running straight on (会议强调各级党委…, 强调要…); 说明, 强调了 are not introductions.
    reporting: new RegExp(`(${alternatives(v.reportingVerbs)})(?=[，,：:]|(?<=${alternatives(v.instructingVerbs)})[^了的，,。])`),
    instructing: new Set(v.instructingVerbs),
  };
  compiled.set(v, built);
  return built;
}

const SENTENCE_END = /[。！？!?]/;
const LEADING_PUNCTUATION = /^[，,：:、\s“”"]+/;

/** A modal (要, 必须…) that is not part of a word like 重要 or 要求. */
function modalIn(text: string, c: CompiledVocabulary): string | null {
  const m = c.modal.exec(text.replace(c.notModal, (w) => "＿".repeat(w.length)));
  return m ? m[0] : null;
}

/** An instruction anywhere in `text`: a modal or a directive word (必须, 确保…). */
function instructionIn(text: string, c: CompiledVocabulary): string | null {
  return modalIn(text, c) ?? c.directive.exec(text)?.[0] ?? null;
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

/** A clause that sets the scene for the main one: 听取汇报后，… / 调研时，… / 在会上，… */
const SUBORDINATE_END = /(?:后|时|中|上|期间|之际)[，,]/;

function mainClauseKind(first: string, rest: string, c: CompiledVocabulary): KindDecision {
  const verb = c.reporting.exec(first);
  const procedureAt = c.procedural.exec(first);
  // A procedure a clause or more before the reporting verb leads the sentence (主持召开会议，传达…要求，
  // 研究…), unless it only sets the scene for what the speaker then says (听取汇报后，尤权指出…);
  // in the verb's own clause it is the occasion of the speech (在讲话中说, 主持会议并讲话强调).
  const between = procedureAt && verb ? first.slice(procedureAt.index, verb.index) : "";
  const procedureLeads = procedureAt !== null && verb !== null && procedureAt.index < verb.index && /[，,]/.test(between) && !SUBORDINATE_END.test(between);
  if (verb && !procedureLeads) {
    const said = first.slice(verb.index + verb[0].length).replace(LEADING_PUNCTUATION, "");
    const reported = [verb[0]];
    const modal = instructionIn(said, c);
    if (modal) return { kind: "directive", rule: "instruction", words: [...reported, modal] };
    const predicate = c.evaluativePredicate.exec(said)?.[0];
    if (predicate) {
      // 强调，三季度是承上启下的关键。要……: an instructing verb frames before it instructs.
      const framed = c.instructing.has(verb[0]) ? instructionIn(rest, c) : null;
      if (framed) return { kind: "directive", rule: "later-instruction", words: [...reported, predicate, framed] };
      return { kind: "assessment", rule: "evaluation", words: [...reported, predicate] };
    }
    const opener = c.enumerator.exec(said)?.[0] ?? c.opener.exec(said)?.[0];
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
  const opening = first.replace(LEADING_PUNCTUATION, "");
  const enumerated = c.enumerator.exec(opening)?.[0];
  if (enumerated) return { kind: "directive", rule: "instruction", words: [enumerated] };
  const procedure = procedureAt;
  if (procedure) {
    // Only a modal instructs after a procedure: "召开会议，X安排部署…" reports the meeting.
    const instruction = modalIn(first.slice(procedure.index + procedure[0].length), c);
    if (instruction) return { kind: "directive", rule: "instruction", words: [procedure[0], instruction] };
    return { kind: "procedural", rule: "procedure", words: [procedure[0]] };
  }
  const modal = instructionIn(first, c);
  if (modal) return { kind: "directive", rule: "instruction", words: [modal] };
  const evaluation = c.assessment.exec(first)?.[0];
  if (evaluation) return { kind: "assessment", rule: "evaluation", words: [evaluation] };
  const opener = c.opener.exec(opening)?.[0];
  if (opener) return { kind: "directive", rule: "instruction", words: [opener] };
  const later = instructionIn(rest, c);
  if (later) return { kind: "directive", rule: "later-instruction", words: [later] };
  return { kind: "assessment", rule: "no-instruction", words: [] };
}
