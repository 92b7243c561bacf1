import { describe, expect, it } from "vitest";
import { citesIn } from "./cites";
import { knowledgeWith, testLeaders } from "./fixtures/knowledge";
import { lookupFor } from "./lookup";

const lookup = lookupFor(knowledgeWith(testLeaders));
const in2023 = { publication: "2023-01-12", year: 2023 };

describe("citesIn", () => {
  it("names the central meeting a provincial meeting carries out, with its date when written", () => {
    expect(citesIn("会议传达学习了中央经济工作会议精神，研究部署我省贯彻落实工作。", in2023, lookup)).toMatchObject([
      { event: "中央经济工作会议", kind: "meeting", date: null, speaker: null },
    ]);
    expect(citesIn("认真落实1月10日国务院常务会议部署，扎实做好安全生产工作。", in2023, lookup)).toMatchObject([
      { event: "国务院常务会议", kind: "meeting", date: "2023-01-10" },
    ]);
  });

  it("names the central leader of a cited speech or instruction", () => {
    expect(citesIn("要深入学习贯彻习近平总书记关于安全生产的重要论述和李克强总理批示要求。", in2023, lookup)[0]).toMatchObject({
      speaker: "习近平",
      kind: "speech",
    });
  });

  it("leaves out the province's own decisions", () => {
    expect(citesIn("要认真贯彻落实省委、省政府决策部署，确保各项措施落地见效。", in2023, lookup)).toEqual([]);
  });
});
