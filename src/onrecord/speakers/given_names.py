"""Common English given names by the gender news writing uses for them, so that "she" is not given to a man.

A name missing here has no gender and blocks nothing; names used for both (Chris, Pat, Jordan) are left out, and
so are names that are also places or common words (Virginia, Chelsea, Hope, Grant, Dean).
"""
MALE = frozenset("""
aaron abdul abraham achim adam adrian ahmad ahmed aiden akira al alain alan albert alberto aleksandr alessandro
alexander alexei alfonso alfred ali alistair amir anand andre andreas andrei andres andrew angelo angus anthony
antoine anton antonin antonio arjun armando arnold arthur arturo ashok axel barack barry bashar ben benedikt
benjamin benny benoit bernard bernhard bernie bill billy bjorn bob bobby boris boyd brad bradley brandon brendan
brent bret brett brian bruce bryan bryce byron caleb calvin cameron carl carlos cecil cesar chad charles charlie
christoph christophe christopher chuck clarence clemens clint cody colin conor cory craig cristian curtis dale
damian damon dan daniel danny darius darren dave david declan dennis derek dick diego dieter dimitri dmitri dmitry
dominic don donald donnie doug douglas duncan dustin dwight eamon ed eddie edgar edmund eduardo edward edwin elias
elijah elliot emil emilio emmanuel enrique enzo eric erik ernest ernesto esteban ethan eugene evan fabian farid
fatih federico felipe felix ferdinand fernando florian floyd francesco francis francisco frank franklin franz fred
frederick fritz gabriel gareth garrett gary gavin george gerald gerhard gianni giovanni giuseppe glenn gonzalo
gordon graham greg gregory gunther gustavo hakeem hamid hans harold harry harvey hassan hector heinrich helmut henry
herbert herman hiroshi howard hugh hugo ian ibrahim igor ilya imran isaac ismail ivan jack jacob jake jamal james
jared jason javad javier jean-claude jean-luc jean-pierre jeb jeff jeffrey jens jeremy jerome jerry jesse jim jimmy
joachim joaquin joe joel johan johannes john johnny jon jonas jonathan jorge jose josef joseph josh joshua juan
julian julio jurgen justin kamal karim karl kazuo keith ken kenneth kevin kirk klaus konstantin kurt kyle lamar
lance larry lars laurent lawrence leon leonard leonardo lewis liam lloyd lorenzo louis lucas ludwig luigi luis lukas
luke mahmoud malcolm manfred manuel marcel marcelo marco marcus mario marius mark markus martin marvin massimo mateo
matt matteo matthew matthias maurice mauricio max maxim mehmet michael miguel mike mikhail mitch mitchell mitt
mohamed mohammad mohammed moshe muhammad mustafa nabil nate nathan naveen ned neil newt nicholas nick nigel nikita
niklas nikolai nils nitin noah norman olaf oleg oliver omar oren orrin oscar otto owen pablo paolo pascal patrick
paul pavel pedro pete peter phil philip pierre pietro preston rafael rahul rajesh ralph ramon randy rashid raul ray
raymond reggie reince reza ricardo richard rick rinaldo rob robert roberto rod rodney rodrigo roger rolf roman ron
ronald roy ruben rudolf rudy rupert russell ryan salvador sam sami samuel sanjay santiago scott sean sebastian
sergei sergio seth shawn sherrod shinzo siddharth sidney silvio simon stanley stefan stephane stephen steve steven
stuart sven tariq ted terrence theodore thierry thomas tim timothy tobias todd tom tommy tony travis trevor tyler
umar vikram viktor vincent vladimir vladislav volker walid walter warren wayne werner wesley wilbur william willie
wolfgang xavier xi yair yaroslav yasser yitzhak yosef youssef yuri yusuf zachary zoran
bruno rhys otis conrad kieran callum ciaran cormac dermot eoin fergus finn hamish lachlan niall oisin ronan seamus
tadhg alfie archie barney bertie dexter ewan fraser jasper leo louie milo nathaniel ollie reuben rory rufus theo toby
tristan abel ahmet amos andrzej anders arne aurelio bastian bram cedric claude cosimo dariusz dirk emre erlend fabrice
filip frans gerrit goran grzegorz gustav hamza henrik ivo jakub janusz jarle joao jochen jonah kasper kemal krzysztof
lennart lionel luca lucien wallace magnus marek mariusz mats mikkel miroslav morten nico olav piotr radek rasmus rutger sandro
soren stellan thiago tomas tomasz ulrich vaclav valentin wojciech yannick zoltan kwame kofi chidi emeka obinna tunde
segun jomo themba sipho thabo rajiv arvind suresh ramesh deepak anil amit rohan hideo kenji takeshi haruto
""".split())
FEMALE = frozenset("""
abigail ada adriana adrienne agnes agnieszka aisha alejandra aleksandra alessandra alexandria alexis alice alicia
alina alison allison alma amal amanda amber amelia amina amy ana anastasia andrea angela angelica angelina angie
anika anita ann anna annalena anne annie antonia ariana ashley astrid audrey ayanna barbara beatriz becky beth betsy
betty beverly bianca birgit bonnie brenda brigitte brooke camila candace carina carla carly carmen carol carolina
caroline carolyn cassidy catherine cathy cecilia celia cheryl christina christine cindy claire claudia colleen
condoleezza connie courtney cristina cynthia dagmar daniela danielle debbie deborah debra deirdre delia denise diana
diane dolores donna doris dorothy edith elaine eleanor elena eleni elif elisa elisabeth elise elizabeth ella ellen
elsa elzbieta emilia emily emma erica erin esperanza esther eva evelyn fatima felicia fernanda fiona frances
francesca gabriela gabriele gabrielle gail gina giulia giuliana gloria grace greta gretchen guadalupe gwen hanna
hannah hannelore heather heidi helen helga hilda hillary holly huma ilhan ines ingrid irene irina isabel isabella
isabelle ivanka jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill joan joanna jodi johanna
jolene joni josephine joyce judith judy julia juliana julie julieta kaja kamala kara karen karin katarina kate
katharina katherine kathleen kathryn kathy katie katja kay kayleigh kelli kellyanne kirsten kristen kristi kristin
kristina krysten larissa laura lauren laurie leah leila lena leticia liliana lillian linda lisa liz lois loretta
lori louise lucia luciana lucy ludmila luisa lupe lydia lynn mae magdalena maggie malala mandy marcia mareike
margaret margit margo maria mariana marianne marie marilyn marina marisol marsha marta martha mary mateja mathilde
maureen maxine maya megan meghan megyn melania melanie melissa mercedes mette mia michele michelle mildred mira
mireille miriam molly monica monika nadia nancy naomi natalia natalie natasha nathalie nicola nicole nikki nina nora
norma oksana olena olga olivia paige pam pamela paola patricia patrizia patty paula pauline peggy penny petra
phyllis pilar priscilla priya rachel rania raquel rashida rebecca regina renata renee rita roberta rocio ronda rosa
rosario rose roxanne ruth sabine sabrina sally samantha sandra sandrine sanna sara sarah sarita selena sharon sheila
shelley shirley sienna silvia sofia sonia sonja sophie stacey stacy stella stephanie susan suzanne svetlana sylvia
tamara tammy tara tatiana teresa tessa theresa tiffany tina tracy tulsi ulrike ursula valentina valeria valerie
vanda vanessa vera veronica veronika victoria viktoria vivian wanda wendy ximena yasmin yolanda yulia yvonne zainab
zoe
amira bryony lotte keisha monique latoya shanice tamika ailsa aoife bronwen caitlin ciara cerys eimear freya gemma imogen isla kirsty maeve niamh orla
siobhan sinead tamsin annabel beatrice bella clara eliza esme evie harriet hattie lottie matilda millie nell phoebe
rosie tilly anja elke frida hanne inge jutta katarzyna liesbeth malgorzata marit renate sanne sigrid silke solveig ulla
wiebke zofia amara chioma folake ngozi nneka anjali deepa kavita lakshmi meera neha pooja sunita yuko keiko sakura
""".split())


def gender_of(given_name: str) -> str | None:
    """ "m", "f" or None for a given name."""
    name = given_name.lower().strip(".")
    return "m" if name in MALE else "f" if name in FEMALE else None
