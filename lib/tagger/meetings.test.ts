import { describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/knowledge";
import { lookupFor } from "./lookup";
import { classifyMeeting, findConvenings } from "./meetings";

const lookup = lookupFor(loadKnowledge());
const levelOf = (words: string) => classifyMeeting(words, lookup)?.level ?? null;

describe("classifyMeeting", () => {
  it("places a meeting chaired by a city's leader, or held by a prefecture, at the city", () => {
    expect(levelOf("市长张君毅主持会议并讲话")).toBe("municipal");
    expect(levelOf("中共大理州委召开出席州十五届人大一次会议")).toBe("municipal");
    expect(levelOf("省委常委、广州市委书记林克庆主持召开市委常委会会议")).toBe("municipal");
    // The officer nearest the verb convenes, whatever the meeting's name says of the province.
    expect(levelOf("受省委常委、市委书记胡忠雄委托，市委副书记、市长马宁宇主持召开贵阳市疫情防控省市联动指挥部调度会")).toBe("municipal");
  });

  it("keeps the province's and the centre's meetings where they are", () => {
    expect(levelOf("省长许昆林主持召开省政府常务会议")).toBe("provincial");
    expect(levelOf("省委常委会召开会议")).toBe("provincial");
    expect(levelOf("省委书记楼阳生主持召开省委常委会会议，市委书记安伟参加")).toBe("provincial");
    expect(levelOf("中央政治局常委会召开会议")).toBe("central");
  });
});

describe("findConvenings", () => {
  it("passes over meetings several bodies held (省委和市委分别召开…)", () => {
    const text = "连日来，省委省政府和市委分别召开省委常委会（扩大）会议、省政府常务会议和市委常委会（扩大）会议。";
    expect(findConvenings(text, 0, lookup)).toEqual([]);
    expect(findConvenings("4月8日，市长孔令栋主持召开市政府常务会议。", 0, lookup)).toEqual([{ at: expect.any(Number), central: false, level: "municipal" }]);
  });
});
