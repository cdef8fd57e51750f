namespace Ingest.Pipeline.Tagging.Gazetteer;

/// <summary>
/// Level of a <see cref="Place"/>: <see cref="Country"/> to <see cref="County"/> from highest to lowest;
/// <see cref="Region"/>, above countries, comes last so that stored values keep their meaning.
/// </summary>
public enum PlaceLevel
{
    Country,

    /// <summary>Provinces, autonomous regions, the four municipalities, Hong Kong, Macau and Taiwan.</summary>
    Province,

    /// <summary>Prefecture-level cities, prefectures and leagues (and their Hong Kong / Macau / Taiwan counterparts).</summary>
    City,

    /// <summary>Counties, districts, county-level cities and banners.</summary>
    County,

    /// <summary>Continents, world regions, oceans and seas (亚洲, 中东, 亚太, 太平洋).</summary>
    Region,
}
