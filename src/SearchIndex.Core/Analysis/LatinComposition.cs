namespace SearchIndex.Core.Analysis;

/// <summary>
/// The canonical compositions of an ASCII letter with one combining mark (U+0300-U+036F): <c>e</c> + U+0301 is
/// <c>é</c>. Generated from the Unicode Character Database (Python's <c>unicodedata.normalize("NFC", ...)</c> over every
/// letter and mark); the process runs with invariant globalization, where <c>string.Normalize</c> does nothing.
/// </summary>
internal static class LatinComposition
{
    /// <summary>Per combining mark: the letters it composes with, and the composed letters in the same order.</summary>
    private static readonly Dictionary<char, (string Bases, string Composed)> ByMark = new()
    {
        ['\u0300'] = ("AEINOUWYaeinouwy", "\u00C0\u00C8\u00CC\u01F8\u00D2\u00D9\u1E80\u1EF2\u00E0\u00E8\u00EC\u01F9\u00F2\u00F9\u1E81\u1EF3"),
        ['\u0301'] = ("ACEGIKLMNOPRSUWYZacegiklmnoprsuwyz", "\u00C1\u0106\u00C9\u01F4\u00CD\u1E30\u0139\u1E3E\u0143\u00D3\u1E54\u0154\u015A\u00DA\u1E82\u00DD\u0179\u00E1\u0107\u00E9\u01F5\u00ED\u1E31\u013A\u1E3F\u0144\u00F3\u1E55\u0155\u015B\u00FA\u1E83\u00FD\u017A"),
        ['\u0302'] = ("ACEGHIJOSUWYZaceghijosuwyz", "\u00C2\u0108\u00CA\u011C\u0124\u00CE\u0134\u00D4\u015C\u00DB\u0174\u0176\u1E90\u00E2\u0109\u00EA\u011D\u0125\u00EE\u0135\u00F4\u015D\u00FB\u0175\u0177\u1E91"),
        ['\u0303'] = ("AEINOUVYaeinouvy", "\u00C3\u1EBC\u0128\u00D1\u00D5\u0168\u1E7C\u1EF8\u00E3\u1EBD\u0129\u00F1\u00F5\u0169\u1E7D\u1EF9"),
        ['\u0304'] = ("AEGIOUYaegiouy", "\u0100\u0112\u1E20\u012A\u014C\u016A\u0232\u0101\u0113\u1E21\u012B\u014D\u016B\u0233"),
        ['\u0306'] = ("AEGIOUaegiou", "\u0102\u0114\u011E\u012C\u014E\u016C\u0103\u0115\u011F\u012D\u014F\u016D"),
        ['\u0307'] = ("ABCDEFGHIMNOPRSTWXYZabcdefghmnoprstwxyz", "\u0226\u1E02\u010A\u1E0A\u0116\u1E1E\u0120\u1E22\u0130\u1E40\u1E44\u022E\u1E56\u1E58\u1E60\u1E6A\u1E86\u1E8A\u1E8E\u017B\u0227\u1E03\u010B\u1E0B\u0117\u1E1F\u0121\u1E23\u1E41\u1E45\u022F\u1E57\u1E59\u1E61\u1E6B\u1E87\u1E8B\u1E8F\u017C"),
        ['\u0308'] = ("AEHIOUWXYaehiotuwxy", "\u00C4\u00CB\u1E26\u00CF\u00D6\u00DC\u1E84\u1E8C\u0178\u00E4\u00EB\u1E27\u00EF\u00F6\u1E97\u00FC\u1E85\u1E8D\u00FF"),
        ['\u0309'] = ("AEIOUYaeiouy", "\u1EA2\u1EBA\u1EC8\u1ECE\u1EE6\u1EF6\u1EA3\u1EBB\u1EC9\u1ECF\u1EE7\u1EF7"),
        ['\u030A'] = ("AUauwy", "\u00C5\u016E\u00E5\u016F\u1E98\u1E99"),
        ['\u030B'] = ("OUou", "\u0150\u0170\u0151\u0171"),
        ['\u030C'] = ("ACDEGHIKLNORSTUZacdeghijklnorstuz", "\u01CD\u010C\u010E\u011A\u01E6\u021E\u01CF\u01E8\u013D\u0147\u01D1\u0158\u0160\u0164\u01D3\u017D\u01CE\u010D\u010F\u011B\u01E7\u021F\u01D0\u01F0\u01E9\u013E\u0148\u01D2\u0159\u0161\u0165\u01D4\u017E"),
        ['\u030F'] = ("AEIORUaeioru", "\u0200\u0204\u0208\u020C\u0210\u0214\u0201\u0205\u0209\u020D\u0211\u0215"),
        ['\u0311'] = ("AEIORUaeioru", "\u0202\u0206\u020A\u020E\u0212\u0216\u0203\u0207\u020B\u020F\u0213\u0217"),
        ['\u031B'] = ("OUou", "\u01A0\u01AF\u01A1\u01B0"),
        ['\u0323'] = ("ABDEHIKLMNORSTUVWYZabdehiklmnorstuvwyz", "\u1EA0\u1E04\u1E0C\u1EB8\u1E24\u1ECA\u1E32\u1E36\u1E42\u1E46\u1ECC\u1E5A\u1E62\u1E6C\u1EE4\u1E7E\u1E88\u1EF4\u1E92\u1EA1\u1E05\u1E0D\u1EB9\u1E25\u1ECB\u1E33\u1E37\u1E43\u1E47\u1ECD\u1E5B\u1E63\u1E6D\u1EE5\u1E7F\u1E89\u1EF5\u1E93"),
        ['\u0324'] = ("Uu", "\u1E72\u1E73"),
        ['\u0325'] = ("Aa", "\u1E00\u1E01"),
        ['\u0326'] = ("STst", "\u0218\u021A\u0219\u021B"),
        ['\u0327'] = ("CDEGHKLNRSTcdeghklnrst", "\u00C7\u1E10\u0228\u0122\u1E28\u0136\u013B\u0145\u0156\u015E\u0162\u00E7\u1E11\u0229\u0123\u1E29\u0137\u013C\u0146\u0157\u015F\u0163"),
        ['\u0328'] = ("AEIOUaeiou", "\u0104\u0118\u012E\u01EA\u0172\u0105\u0119\u012F\u01EB\u0173"),
        ['\u032D'] = ("DELNTUdelntu", "\u1E12\u1E18\u1E3C\u1E4A\u1E70\u1E76\u1E13\u1E19\u1E3D\u1E4B\u1E71\u1E77"),
        ['\u032E'] = ("Hh", "\u1E2A\u1E2B"),
        ['\u0330'] = ("EIUeiu", "\u1E1A\u1E2C\u1E74\u1E1B\u1E2D\u1E75"),
        ['\u0331'] = ("BDKLNRTZbdhklnrtz", "\u1E06\u1E0E\u1E34\u1E3A\u1E48\u1E5E\u1E6E\u1E94\u1E07\u1E0F\u1E96\u1E35\u1E3B\u1E49\u1E5F\u1E6F\u1E95"),
        ['\u0340'] = ("AEINOUWYaeinouwy", "\u00C0\u00C8\u00CC\u01F8\u00D2\u00D9\u1E80\u1EF2\u00E0\u00E8\u00EC\u01F9\u00F2\u00F9\u1E81\u1EF3"),
        ['\u0341'] = ("ACEGIKLMNOPRSUWYZacegiklmnoprsuwyz", "\u00C1\u0106\u00C9\u01F4\u00CD\u1E30\u0139\u1E3E\u0143\u00D3\u1E54\u0154\u015A\u00DA\u1E82\u00DD\u0179\u00E1\u0107\u00E9\u01F5\u00ED\u1E31\u013A\u1E3F\u0144\u00F3\u1E55\u0155\u015B\u00FA\u1E83\u00FD\u017A"),
        ['\u0344'] = ("IUiu", "\u1E2E\u01D7\u1E2F\u01D8"),
    };

    /// <summary>The composed letter for <paramref name="letter"/> followed by <paramref name="mark"/>, or null.</summary>
    public static char? Compose(char letter, char mark)
    {
        if (!ByMark.TryGetValue(mark, out var table))
        {
            return null;
        }

        var at = table.Bases.IndexOf(letter);
        return at < 0 ? null : table.Composed[at];
    }
}
