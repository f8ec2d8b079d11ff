using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StageAware.Analyzers;

/// <summary>A hard-coded field of an ARN: where it is in the string, and whether it is the account.</summary>
public readonly struct ArnField
{
    public ArnField(int start, int length, bool isAccount)
    {
        Start = start;
        Length = length;
        IsAccount = isAccount;
    }

    /// <summary>Where the field starts in the string.</summary>
    public int Start { get; }

    /// <summary>The length of the field.</summary>
    public int Length { get; }

    /// <summary>True for the account id, false for the region.</summary>
    public bool IsAccount { get; }
}

/// <summary>
/// Finds the account ids and regions written into the ARNs of a string (<c>arn:partition:service:region:account:</c>).
/// An empty field (<c>arn:aws:s3:::bucket</c>), a wildcard (<c>arn:aws:iam::*:role/x</c>), the account <c>aws</c> of
/// AWS-managed policies, the publisher's account of a Lambda layer, and anything that is not a region name or twelve
/// digits are not hard-coded fields.
/// </summary>
public static class Arns
{
    private static readonly Regex Arn = new(
        @"arn:aws[a-z-]*:(?<service>[A-Za-z0-9-]+):(?<region>[^:\s""'{}]*):(?<account>[^:\s""'{}/]*):",
        RegexOptions.CultureInvariant);

    private static readonly Regex Region = new(@"^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", RegexOptions.CultureInvariant);

    private static readonly Regex Account = new("^[0-9]{12}$", RegexOptions.CultureInvariant);

    /// <summary>The hard-coded fields of every ARN in <paramref name="text"/>, in order.</summary>
    public static List<ArnField> HardCodedFields(string text)
    {
        var fields = new List<ArnField>();
        if (text.IndexOf("arn:", System.StringComparison.Ordinal) < 0)
        {
            return fields;
        }

        foreach (Match match in Arn.Matches(text))
        {
            Group region = match.Groups["region"];
            if (Region.IsMatch(region.Value))
            {
                fields.Add(new ArnField(region.Index, region.Length, isAccount: false));
            }

            // A Lambda layer is most often published by another account (AWS's own, a vendor's) for each region:
            // its region must be the stack's, its account must stay.
            bool published = match.Groups["service"].Value == "lambda"
                && string.CompareOrdinal(text, match.Index + match.Length, "layer:", 0, "layer:".Length) == 0;
            Group account = match.Groups["account"];
            if (!published && Account.IsMatch(account.Value))
            {
                fields.Add(new ArnField(account.Index, account.Length, isAccount: true));
            }
        }

        return fields;
    }
}
