#!/usr/bin/env python3
"""Writes the CSV reader fixtures: NAME.csv (the input bytes) and NAME.json (the
options and what the reader must give: the header, every record with its first and
last line, and the error, if any, as "FILE:LINE:COLUMN: REASON").

The expected values are written out by hand below, not computed by a CSV library,
so the fixtures check the reader against what a person reading the file sees.
Run it from anywhere after changing a case; commit both the script and its output.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

CASES = []


def case(name, data, header, records, *, options=None, delimiter=None, encoding="utf-8", header_line=1, error=None):
    CASES.append(dict(name=name, data=data, header=header, records=records, options=options or {},
                      delimiter=delimiter, encoding=encoding, header_line=header_line, error=error))


# --- delimiters and line ends -------------------------------------------------
case("comma_lf", b"name,city\nAcme,Berlin\nBeta,Paris\n", ["name", "city"],
     [[2, 2, ["Acme", "Berlin"]], [3, 3, ["Beta", "Paris"]]], delimiter=",")
case("semicolon_crlf", b"a;b;c\r\n1;2;3\r\n4;;6\r\n;;\r\n", ["a", "b", "c"],
     [[2, 2, ["1", "2", "3"]], [3, 3, ["4", "", "6"]], [4, 4, ["", "", ""]]], delimiter=";")
case("tab_cr_no_final_eol", b"a\tb\r1\t2\r3\t4", ["a", "b"],
     [[2, 2, ["1", "2"]], [3, 3, ["3", "4"]]], delimiter="\t")
case("pipe_mixed_eol", b"a|b\n1|2\r\n3|4\r5|6", ["a", "b"],
     [[2, 2, ["1", "2"]], [3, 3, ["3", "4"]], [4, 4, ["5", "6"]]], delimiter="|")
case("blank_lines", b"\n\r\na,b\n\n1,2\r\n\r\n\r3,4\n\n", ["a", "b"],
     [[5, 5, ["1", "2"]], [8, 8, ["3", "4"]]], delimiter=",", header_line=3)
case("trailing_delimiter_at_eof", b"a,b\n1,", ["a", "b"], [[2, 2, ["1", ""]]], delimiter=",")
case("single_column", b"name\nAcme\n\nBeta", ["name"], [[2, 2, ["Acme"]], [4, 4, ["Beta"]]], delimiter=",")
case("spaces_kept", b"a,b\n 1 , 2 \n", ["a", "b"], [[2, 2, [" 1 ", " 2 "]]], delimiter=",")
case("explicit_delimiter", b"a;b,c\n1;2,3\n", ["a;b", "c"], [[2, 2, ["1;2", "3"]]],
     options={"delimiter": ","}, delimiter=",")

# --- delimiter detection ------------------------------------------------------
case("detect_ignores_quoted", b'"a,b";"c,d";e\n1;2;3\n', ["a,b", "c,d", "e"], [[2, 2, ["1", "2", "3"]]],
     delimiter=";")
case("detect_tie_goes_to_comma", b"a;b,c\n1;2,3\n", ["a;b", "c"], [[2, 2, ["1;2", "3"]]], delimiter=",")
case("detect_tab_over_comma", b"name\tnote\tx\nAcme\t1,5\ty\n", ["name", "note", "x"],
     [[2, 2, ["Acme", "1,5", "y"]]], delimiter="\t")
case("detect_multiline_header", b'"first\nname";"a,b"\n1;2\n', ["first\nname", "a,b"], [[3, 3, ["1", "2"]]],
     delimiter=";")

# --- quoting ------------------------------------------------------------------
case("quotes", b'id,note\n1,"say ""hi"""\n2,"two\nlines"\n3,"crlf\r\ninside"\n4,""\n5,"a,b"\n6,""""\n',
     ["id", "note"],
     [[2, 2, ["1", 'say "hi"']], [3, 4, ["2", "two\nlines"]], [5, 6, ["3", "crlf\r\ninside"]],
      [7, 7, ["4", ""]], [8, 8, ["5", "a,b"]], [9, 9, ["6", '"']]], delimiter=",")
case("quoted_cr_lines", b'a\tb\r"x\ry"\t2\r"\r\r"\t3\r', ["a", "b"],
     [[2, 3, ["x\ry", "2"]], [4, 6, ["\r\r", "3"]]], delimiter="\t")
case("quoted_last_field_at_eof", b'a\n"x"', ["a"], [[2, 2, ["x"]]], delimiter=",")
case("quote_inside_unquoted_field", b'size,name\n5",inch\n', ["size", "name"], [[2, 2, ['5"', "inch"]]],
     delimiter=",")
case("quoted_blank_line_is_a_record", b'a\n""\n\n', ["a"], [[2, 2, [""]]], delimiter=",")

# --- encodings ----------------------------------------------------------------
TEXT = "name,city\nМосква ООО,Zürich\n\"Ёлка, 😀\",€\n"
TEXT_RECORDS = [[2, 2, ["Москва ООО", "Zürich"]], [3, 3, ["Ёлка, 😀", "€"]]]
case("utf8_no_bom", TEXT.encode("utf-8"), ["name", "city"], TEXT_RECORDS, delimiter=",")
case("utf8_bom", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), ["name", "city"], TEXT_RECORDS, delimiter=",")
case("utf8_bom_explicit", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), ["name", "city"], TEXT_RECORDS,
     options={"encoding": "utf-8"}, delimiter=",")
case("utf16le_bom", b"\xff\xfe" + TEXT.encode("utf-16-le"), ["name", "city"], TEXT_RECORDS,
     delimiter=",", encoding="utf-16le")
case("utf16be_bom", b"\xfe\xff" + TEXT.encode("utf-16-be"), ["name", "city"], TEXT_RECORDS,
     delimiter=",", encoding="utf-16be")
case("utf16le_no_bom_explicit", TEXT.encode("utf-16-le"), ["name", "city"], TEXT_RECORDS,
     options={"encoding": "utf-16le"}, delimiter=",", encoding="utf-16le")
# cp1251: 0xCA 0xEE 0xEC ... is "Компания"; 0xB9 is the numero sign, 0xA8 Ё.
case("cp1251", "Компания;Город;№\r\nРога и копыта;Москва;1\r\nЁжик;Тверь;2\r\n".encode("cp1251"),
     ["Компания", "Город", "№"],
     [[2, 2, ["Рога и копыта", "Москва", "1"]], [3, 3, ["Ёжик", "Тверь", "2"]]],
     options={"encoding": "windows-1251"}, delimiter=";", encoding="windows-1251")
case("cp1252_euro", b"Item,Price\nCaf\xe9,\x805\n\x93quoted\x94,\x9c\n", ["Item", "Price"],
     [[2, 2, ["Café", "€5"]], [3, 3, ["“quoted”", "œ"]]],
     options={"encoding": "cp1252"}, delimiter=",", encoding="windows-1252")
case("latin1", b"Name;Ort\nM\xfcller;K\xf6ln\n\x80\xff;\xa0\n", ["Name", "Ort"],
     [[2, 2, ["Müller", "Köln"]], [3, 3, ["\u0080ÿ", "\u00a0"]]],
     options={"encoding": "latin1"}, delimiter=";", encoding="iso-8859-1")

# --- errors -------------------------------------------------------------------
case("error_empty_file", b"", None, [], delimiter=None,
     error="error_empty_file.csv:1:1: empty file, expected a header line")
case("error_only_blank_lines", b"\n\r\n", None, [], delimiter=None,
     error="error_only_blank_lines.csv:3:1: empty file, expected a header line")
case("error_unterminated_quote", b'id,name,note\n1,Acme,x\n2,Beta,"open\nstill open\n', ["id", "name", "note"],
     [[2, 2, ["1", "Acme", "x"]]], delimiter=",",
     error="error_unterminated_quote.csv:3:8: unterminated quoted field opened at line 3, column 8")
case("error_junk_after_quote", b'a,b\n"x"y,2\n', ["a", "b"], [], delimiter=",",
     error="error_junk_after_quote.csv:2:4: expected delimiter or line end after closing quote")
case("error_junk_after_quote_cyrillic", 'a;b\n1;"Имя" \n'.encode("utf-8"), ["a", "b"], [], delimiter=";",
     error="error_junk_after_quote_cyrillic.csv:2:8: expected delimiter or line end after closing quote")
case("error_invalid_utf8", b"a,b\nok,caf\xe9\n", ["a", "b"], [], delimiter=",",
     error="error_invalid_utf8.csv:2:7: invalid UTF-8 at byte 10")
case("error_invalid_utf8_after_cyrillic", "a\nx\nМир".encode("utf-8") + b"\xff\n", ["a"], [[2, 2, ["x"]]],
     delimiter=",", error="error_invalid_utf8_after_cyrillic.csv:3:4: invalid UTF-8 at byte 10")
case("error_truncated_utf8", b"a\n\xd0", ["a"], [], delimiter=",",
     error="error_truncated_utf8.csv:2:1: invalid UTF-8 at byte 2")
case("error_overlong_utf8", b"a\nx\xc0\xaf\n", ["a"], [], delimiter=",",
     error="error_overlong_utf8.csv:2:2: invalid UTF-8 at byte 3")
case("error_cp1251_undefined", b"a;b\n\xc0;\x98\n", ["a", "b"], [], options={"encoding": "cp1251"},
     delimiter=";", encoding="windows-1251",
     error="error_cp1251_undefined.csv:2:3: invalid windows-1251 at byte 6")
# Auto never guesses a code page: cp1251 without --encoding stops at the first letter.
case("error_cp1251_read_as_auto", "id;name\n1;Иван\n".encode("cp1251"), ["id", "name"], [], delimiter=";",
     error="error_cp1251_read_as_auto.csv:2:3: invalid UTF-8 at byte 10")
case("error_utf16le_odd_length", b"\xff\xfea\x00\n\x00b\x00\n", ["a"], [], delimiter=",", encoding="utf-16le",
     error="error_utf16le_odd_length.csv:2:2: invalid utf-16le at byte 8")
case("error_utf16be_lone_surrogate", b"\xfe\xff\x00a\x00\n\xdc\x00\x00\n", ["a"], [], delimiter=",",
     encoding="utf-16be", error="error_utf16be_lone_surrogate.csv:2:1: invalid utf-16be at byte 6")
case("error_too_many_fields", b"a,b,c\n1,2,3,4\n", ["a", "b", "c"], [], options={"maxFields": 3},
     delimiter=",", error="error_too_many_fields.csv:2:7: too many fields: more than 3 in one record")
case("error_record_too_long", b"a,b\n12345,6789\n12345,67890\n", ["a", "b"], [[2, 2, ["12345", "6789"]]], options={"maxRecordBytes": 9},
     delimiter=",",
     error="error_record_too_long.csv:3:1: record too long: more than 9 bytes")


def main():
    for old in HERE.glob("*.json"):
        old.unlink()
    for c in CASES:
        (HERE / (c["name"] + ".csv")).write_bytes(c["data"])
        expected = {
            "options": c["options"],
            "header": c["header"],
            "headerLine": c["header_line"],
            "delimiter": c["delimiter"],
            "encoding": c["encoding"],
            "records": c["records"],
            "error": c["error"],
        }
        (HERE / (c["name"] + ".json")).write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    print(f"{len(CASES)} cases written to {HERE}")


if __name__ == "__main__":
    main()
