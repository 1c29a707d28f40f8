"""Writes the fixture corpus (bytes that a Swift literal cannot hold well: BOM, CRLF,
Windows-1252, UTF-16). Run from this folder: python3 make_fixtures.py"""

INDEX = """id,name,parent,weight,direction,unit
sci,Mini Index,,,,
adm,Verwaltung,sci,1,,
mob,Mobilität,sci,1,,
online,Online services,adm,1,+,%
pay,E-payment,adm,1,+,yes/no
jam,Congestion,mob,2,-,%
share,Sharing,mob,1,+,per 100k
"""

# The hand-computed example of ScorerTests.germanExcelExportRanksLikeTheCleanFile, written
# as German Excel saves it: BOM, ';', decimal commas, CRLF, umlauts.
CLEAN = """city,year,online,pay,jam,share
München,2023,90,1,20,12.5
Köln,2023,50,0,40,2.5
Düsseldorf,2023,70,1,30,7.5
Nürnberg,2023,10,1,60,22.5
"""
GERMAN = CLEAN.replace(",", ";").replace(".", ",")

def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

write("good/index.csv", INDEX)
write("good/clean.csv", CLEAN)
write("good/german-excel.csv", b"\xef\xbb\xbf" + GERMAN.replace("\n", "\r\n").encode("utf-8"))
write("good/windows-1252.csv", GERMAN.replace("\n", "\r\n").encode("cp1252"))
write("good/long.csv", """city,year,indicator,value,note
München,2023,online,90,
München,2023,pay,1,
München,2023,jam,20,"from the city's
own report"
München,2023,share,12.5,
Köln,2023,online,50,
Köln,2023,pay,0,
Köln,2023,jam,40,
Köln,2023,share,2.5,
Düsseldorf,2023,online,70,
Düsseldorf,2023,pay,1,
Düsseldorf,2023,jam,30,
Düsseldorf,2023,share,7.5,
Nürnberg,2023,online,10,
Nürnberg,2023,pay,1,
Nürnberg,2023,jam,60,
Nürnberg,2023,share,22.5,
""")

# Two years for compare/profile/gap: Bonn leaves after 2022, Erfurt enters in 2023.
write("good/two-years.csv", """city,year,online,pay,jam,share
München,2022,80,1,25,10
Köln,2022,60,1,35,5
Düsseldorf,2022,50,0,30,7.5
Nürnberg,2022,20,1,50,20
Bonn,2022,40,0,45,2.5
""" + CLEAN.split("\n", 1)[1] + "Erfurt,2023,30,0,50,5\n")
write("good/cities.csv", """city,state,population
München,Bayern,1488202
Köln,Nordrhein-Westfalen,1083498
Düsseldorf,Nordrhein-Westfalen,620523
Nürnberg,Bayern,515543
Bonn,Nordrhein-Westfalen,330579
Erfurt,Thüringen,213227
""")

# Bad index definitions: one file per rule.
write("bad/def-unknown-parent.csv", INDEX + "wifi,Public Wi-Fi,itk,1,+,count\n")
write("bad/def-duplicate-id.csv", INDEX + "pay,E-payment again,adm,1,+,%\n")
write("bad/def-cycle.csv", INDEX + "x,X,y,1,,\ny,Y,x,1,,\nz,Z,y,1,+,\n")
write("bad/def-no-root.csv", INDEX.replace("sci,Mini Index,,", "sci,Mini Index,adm,"))
write("bad/def-two-roots.csv", INDEX + "other,Other root,,1,,\nleaf,Leaf,other,1,+,\n")
write("bad/def-bad-weight.csv", INDEX.replace("adm,Verwaltung,sci,1", "adm,Verwaltung,sci,abc")
      .replace("pay,E-payment,adm,1", "pay,E-payment,adm,0").replace("jam,Congestion,mob,2", "jam,Congestion,mob,-2"))
write("bad/def-bad-direction.csv", INDEX.replace("online,Online services,adm,1,+", "online,Online services,adm,1,up")
      .replace("pay,E-payment,adm,1,+", "pay,E-payment,adm,1,"))
write("bad/def-goalposts.csv", """id,name,parent,weight,direction,unit,min,max
sci,Mini,,,,,,
a,A,sci,1,+,points,10,10
b,B,sci,1,+,points,5,1
c,C,sci,1,+,points,0,x
""")
write("bad/def-methods.csv", """id,name,parent,weight,direction,normalization,aggregation,denominator,scale
sci,Mini,,,,,geometrc,,
a,A,sci,1,+,percentil,,population,0
b,B,sci,1,+,rank,,,
""")
write("bad/def-missing-column.csv", "id,name,weight\nsci,Mini,1\n")
write("bad/def-empty.csv", "")

# Bad data, against good/index.csv.
HEAD = "city,year,indicator,value\n"
write("bad/data-unknown-indicator.csv", HEAD + "Bonn,2023,online,1\nBonn,2023,co2_pc,3\nBonn,2023,adm,5\n")
write("bad/data-bad-value.csv", HEAD + "Bonn,2023,online,12%\nBonn,2023,pay,\"87,9\"\nBonn,2023,jam,abc\n")
write("bad/data-inf-nan.csv", HEAD + "Bonn,2023,online,inf\nBonn,2023,pay,NaN\n")
write("bad/data-duplicate.csv", HEAD + "Bonn,2023,online,1\nBonn,2023,pay,1\nBonn,2023,online,2\n")
write("bad/data-bad-year.csv", HEAD + "Bonn,23,online,1\nBonn,2023.5,pay,1\nBonn,,jam,1\n")
write("bad/data-missing-column.csv", "city,indicator,value\nBonn,online,1\n")
write("bad/data-ragged.csv", HEAD + "Bonn,2023,online\nBonn,2023,pay,1,extra\nBonn,2023,jam,1,,\n")
write("bad/data-unterminated-quote.csv", HEAD + "Bonn,2023,online,1\n\"Bad Homburg,2023,pay,1\nBonn,2023,jam,1\n")
write("bad/data-stray-quote.csv", HEAD + "Bonn,2023,online,1\nBonn,2023,pay,1\"\n")
write("bad/data-empty.csv", "")
write("bad/data-header-only.csv", HEAD)
write("bad/data-year-without-data.csv", HEAD + "Bonn,2022,online,1\nBonn,2023,online,NA\nKöln,2023,pay,\n")
write("bad/data-wide-unknown-column.csv", "city,year,online,pay,wifi\nBonn,2023,1,1,1\n")
write("bad/data-utf16.csv", "city,year,online\nBonn,2023,1\n".encode("utf-16"))
