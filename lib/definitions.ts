// Plain data shapes passed from server components to client components.
export type { RegionSummary, SpeakerSummary, LatestDirective, StatementView, ArticleCitation } from "@/lib/db/queries";
