"""Common English given names by the gender news writing uses for them, so that "she" is not given to a man.

A name missing here has no gender and blocks nothing; names used for both (Chris, Pat, Jordan) are left out, and
so are names that are also places or common words (Virginia, Chelsea, Hope, Grant, Dean).
"""
MALE = frozenset("""
aaron abdul adam adrian ahmed al alan albert alberto alexander ali andre andrew angus anthony antoine antonio arthur
barack barry ben benjamin benny bernard bernie bill billy bob bobby boris brad bradley brandon brendan bret brett
brian bruce bryan byron calvin carl carlos cecil chad charles charlie chuck clarence clint cody colin cory craig
curtis dale dan daniel danny darren dave david dennis derek dick dmitry don donald donnie doug douglas duncan dustin
dwight ed eddie edgar edward edwin elijah elliot emmanuel enrique eric erik ernest eugene felix fernando floyd
francis frank franklin fred frederick gabriel garrett gary gavin george gerald glenn gordon graham greg gregory
hakeem harold harry hassan henry herbert herman howard hugh ian isaac ivan jack jacob jake james jared jason javier
jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua
juan julian justin keith ken kenneth kevin kirk kurt kyle lamar lance larry lawrence leonard lewis lloyd louis luis
luke malcolm manuel marco marcus mark martin marvin matt matthew maurice michael mike mitch mitchell mitt mohammed
muhammad nate nathan ned neil newt nicholas nick nigel noah norman oliver omar orrin oscar otto patrick paul pedro
pete peter phil philip preston ralph randy raul ray raymond reggie reince ricardo richard rick rob robert rod rodney
roger ron ronald roy rudy rupert russell ryan sam samuel scott sean sergei seth shawn sherrod sidney simon stanley
stephen steve steven stuart ted terrence theodore thomas tim timothy todd tom tommy tony travis trevor tyler viktor
vincent vladimir walter warren wayne wesley wilbur william willie xi zachary
""".split())
FEMALE = frozenset("""
abigail ada adrienne agnes alexandria alexis alice alicia alison allison alma amanda amber amy andrea angela
angelina angie ann anna anne annie ashley audrey ayanna barbara becky beth betsy betty beverly bonnie brenda brooke
candace carla carly carmen carol caroline carolyn cassidy catherine cathy cecilia celia cheryl christina christine
cindy claire claudia colleen condoleezza connie courtney cynthia danielle debbie deborah debra deirdre delia denise
diana diane dolores donna doris dorothy edith elaine eleanor elise elizabeth ella ellen elsa emily emma erica erin
esther eva evelyn felicia fiona frances gabrielle gail gina gloria grace gretchen gwen hannah heather heidi helen
hillary holly huma ilhan ingrid irene ivanka jacqueline jane janet janice jeanne jennifer jenny jessica jill joan
joanna jodi jolene joni josephine joyce judith judy julia julie kamala kara karen kate katherine kathleen kathryn
kathy katie kay kayleigh kelli kellyanne kirsten kristen kristi kristin krysten laura lauren laurie leah lena
lillian linda lisa liz lois loretta lori louise lucy lydia lynn mae maggie mandy marcia margaret margo maria
marianne marie marilyn marina marsha martha mary maureen maxine megan meghan megyn melania melanie melissa mia
michele michelle mildred miriam molly monica nadia nancy naomi natalie nicola nicole nikki nina nora norma olivia
paige pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rashida rebecca regina renee rita
roberta ronda rosa rose roxanne ruth sally samantha sandra sara sarah sharon sheila shelley shirley sonia sophie
stacey stacy stephanie susan suzanne sylvia tamara tammy tara teresa tessa theresa tiffany tina tracy tulsi ursula
valerie vanessa vera veronica victoria vivian wendy yvonne zoe
""".split())


def gender_of(given_name: str) -> str | None:
 """ "m", "f" or None for a given name."""
 name = given_name.lower().strip(".")
 return "m" if name in MALE else "f" if name in FEMALE else None
