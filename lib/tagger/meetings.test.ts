import { describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/knowledge";
import { lookupFor } from "./lookup";
import { classifyMeeting } from "./meetings";

const lookup = lookupFor(loadKnowledge());
const levelOf = (words: string) => classifyMeeting(words, lookup)?.level ?? null;

describe("classifyMeeting", () => {
  it("places a meeting chaired by a city's leader, or held by a prefecture, at the city", () => {
    expect(levelOf("市长张君毅主持会议并讲话")).toBe("municipal");
    expect(levelOf("中共大理州委召开出席州十五届人大一次会议")).toBe("municipal");
    expect(levelOf("省委常委、广州市委书记林克庆主持召开市委常委会会议")).toBe("municipal");
  });

  it("keeps the province's and the centre's meetings where they are", () => {
    expect(levelOf("省长许昆林主持召开省政府常务会议")).toBe("provincial");
    expect(levelOf("省委常委会召开会议")).toBe("provincial");
    expect(levelOf("中央政治局常委会召开会议")).toBe("central");
  });
});
