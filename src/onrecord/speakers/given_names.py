"""Common English given names by the gender news writing uses for them, so that "she" is not given to a man.

A name missing here has no gender and blocks nothing; names used for both (Chris, Pat, Jordan) are left out.
"""
MALE = frozenset("""
aaron adam adrian al alan albert alexander andrew angus anthony antonio arthur barack barry ben benjamin bernard
bernie bill billy bob bobby brad bradley brandon brendan brian bruce bryan carl carlos charles charlie chuck clarence
craig dan daniel danny darren dave david dennis dick don donald doug douglas duncan dwight ed eddie edward elijah eric
ernest francis frank fred frederick gary gavin george gerald gordon graham greg gregory harold harry henry hugh
ian isaac jack jacob jake james jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jonathan
joseph josh joshua juan julian justin keith ken kenneth kevin larry lawrence leonard lewis louis luke
malcolm marco marcus mark martin matt matthew michael mike mitch mitchell mitt nathan neil newt nicholas nick nigel
noah oliver oscar patrick paul peter phil philip ralph randy ray raymond reince richard rick rob robert rod roger
ron ronald roy rudy russell ryan sam samuel scott sean seth simon stephen steve steven stuart ted thomas tim
timothy todd tom tommy tony travis trevor vincent vladimir walter warren wayne william xi
""".split())
FEMALE = frozenset("""
abigail ada alice alicia alison amanda amy andrea angela angelina ann anna anne barbara betsy betty beverly brenda
caroline carly carol catherine cathy cheryl christine claire condoleezza cynthia debbie deborah debra
denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin eva evelyn frances gina gloria
grace hannah heather helen hillary holly huma irene ivanka jacqueline jane janet janice jennifer jessica jill joan
joanna joni joyce judith judy julia julie karen kate katherine kathleen kathryn kathy kayleigh kellyanne 
kirsten laura lauren linda lisa lois loretta lori louise lucy lynn margaret maria marie marilyn martha mary megan
megyn melania melissa michele michelle mildred nancy natalie nicola nicole nikki olivia pamela patricia paula peggy
penny rachel rebecca rosa rose ruth samantha sandra sara sarah sharon shirley sophie stephanie susan suzanne tammy
teresa theresa tiffany tina tulsi valerie wendy
""".split())


def gender_of(given_name: str) -> str | None:
 """ "m", "f" or None for a given name."""
 name = given_name.lower().strip(".")
 return "m" if name in MALE else "f" if name in FEMALE else None
