namespace Ingest.Local.Tests.Support;

/// <summary>Small articles for scenarios: short enough to ingest in milliseconds, long enough for several chunks at small budgets.</summary>
internal static class Articles
{
    public static readonly IReadOnlyList<string> Texts =
    [
        "广东省推进数字经济发展\n\n记者 李明\n\n广东省政府近日发布《广东省数字经济发展规划》，提出到二〇二五年数字经济规模突破六万亿元。规划强调加快建设新型基础设施，推动制造业数字化转型。\n\n深圳和广州将发挥引领作用，带动珠三角城市协同发展。省发展改革委表示，将加大财政支持力度。\n\n责任编辑：王芳",
        "香港特區政府公布施政報告\n\n行政長官在立法會發表施政報告，提出多項房屋及土地政策。報告指出，政府將加快公營房屋建設，並推動北部都會區發展。\n\n財政司司長表示，政府會審慎理財，確保公共財政穩健。",
        "Shanghai opens new free trade zone\n\nThe Shanghai municipal government announced a new free trade zone in Lingang. Officials said the zone will attract foreign investment and support green industries.\n\nThe Ministry of Commerce welcomed the plan.",
        "浙江省召开生态环境保护会议\n\n会议要求，各地要坚持绿水青山就是金山银山理念，深入打好污染防治攻坚战。杭州、宁波等地交流了经验。\n\n会议指出，要完善生态补偿机制，推进美丽浙江建设。",
        "北京市发布交通规划\n\n北京市交通委员会发布新一轮交通发展规划，提出优化公交线网，建设慢行系统。\n\n规划还提出推进京津冀交通一体化，加强区域协同。",
        string.Empty,
    ];

    /// <summary>Article <paramref name="number"/> of any number: the small articles in turn, each made distinct by a closing line.</summary>
    public static string Numbered(int number) => Texts[number % (Texts.Count - 1)] + $"\n\n补充说明第{number}条。";

    /// <summary>The file name of article <paramref name="number"/>; names sort in number order.</summary>
    public static string Name(int number) => $"a{number:00}.txt";
}
