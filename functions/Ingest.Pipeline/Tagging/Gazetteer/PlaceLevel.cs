namespace Ingest.Pipeline.Tagging.Gazetteer;

/// <summary>Administrative level of a <see cref="Place"/>, highest first.</summary>
public enum PlaceLevel
{
    Country,

    /// <summary>Provinces, autonomous regions, the four municipalities, Hong Kong, Macau and Taiwan.</summary>
    Province,

    /// <summary>Prefecture-level cities, prefectures and leagues (and their Hong Kong / Macau / Taiwan counterparts).</summary>
    City,

    /// <summary>Counties, districts, county-level cities and banners.</summary>
    County,
}
