/**
 * Given names of the world's news that compromise's lexicon (the tagger's name evidence) lacks: Indian, Arabic and
 * Persian, West, East and Southern African, Chinese, Japanese, Vietnamese, Thai, Indonesian, Slavic, Hungarian,
 * Czech, Turkish and Portuguese names. The 1996 training news rarely printed them, so "Precious Mthembu" or "Jan
 * Novotny" opening a sentence read as an organization, or lost its given name. Lower case. Left out: words that are
 * also ordinary English words ("hope", "will"), particles ("van"), place parts ("hong"), hyphenated Korean names
 * (the hyphenated-name rules read those: "Lee Jae-yong"), and the given names of the eval's --renamed pool
 * (scripts/eval/namePools.ts), so that that check still measures names the project never listed.
 */
import { words } from './words';

export const WORLD_GIVEN_NAMES = words(
  'WORLD_GIVEN_NAMES',
  `abhishek aditya ajay akash alok amitabh anand anil anjali ankit anupam arun arvind ashok ashwin devendra
  gaurav girish gopal harish hemant jayant karan krishna kumar lakshmi madhav manoj meena mukesh nandini
  narendra naveen neha nirmala nitin pankaj pooja pradeep pranav prashant priya priyanka rajiv rakesh ramesh
  ravi rohit sachin sanjeev santosh saurabh shashi shiv shreya sudhir sunil sushma swati uday vijay vikram vinod
  yogesh piyush smriti shashank mostafa umar tariq tarek yousef abdulaziz faisal fahad salman hamad hamid hamed
  kareem nabil nasser nasir rashid rashed walid waleed ziad zaid zayed ayman amr usama mohsen javad jawad imran
  irfan asif arif nawaz zulfikar benazir huda hanan ghada amira olusegun oluwatobi adebayo ade adewale babatunde
  chukwuemeka chinedu chidi emeka ifeanyi nkechi chiamaka yemi funmilayo folake kemi tunde segun bola kola uche
  obinna nnamdi kwame kofi kojo kwabena akosua abena yaw kwesi kwaku thabo themba mandla lindiwe zanele zodwa
  jabulani sibusiso sizwe tendai tatenda farai chipo rudo tsitsi wanjiru wambui njeri kamau mwangi otieno
  odhiambo akinyi atieno wanjiku uhuru raila musalia yoweri halima fatuma zawadi baraka juma hamisi abiy tedros
  haile hailemariam getachew tigist almaz selam yohannes dawit ming ling yun xiao jinping keqiang zhiwei
  zhiqiang jianguo guoqiang haiyan lihua lijun qiang peng hiroshi takashi takeshi kenji kenichi koji shinzo
  yoshihide fumio taro jiro ichiro hideki hiroki kazuo makoto masahiro naoki shigeru tadashi tetsuya yoshiro
  yuki yuko yumi keiko akiko mariko sachiko haruka kaori tomoko thi thanh tuan lan mai phuong quang trung duc
  hoa huong ngoc somchai prayuth prayut thaksin yingluck anutin surachai joko budi bambang agus dewi wahyu
  susilo prabowo retno bongbong corazon leni alexey oleg maxim svetlana tatyana yekaterina galina lyudmila
  ludmila oleksiy andriy taras mykola yulia vitali vitaliy arseniy denys jaroslaw jarosław mateusz pawel
  agnieszka malgorzata katarzyna zbigniew lech beata janos gergely zoltan istvan dusan ivica janez marjan jan
  jiri zdenek vaclav tayyip mevlut kemal hulusi binali ekrem selahattin fatih murat burak serkan cem jair inacio
  dilma diego precious faith
  sajith mahinda gotabaya chaminda dinesh nuwan shehbaz bilawal maryam elon syed syeda`,
);

/**
 * Common given names that are also English words, which the generated first-name list leaves out as words: for the
 * gender "he" and "she" need only ("Mark Dunn" is a man, "Grace Okafor" a woman), never as evidence that a capital
 * word is a name ("Will the council act?" stays a question).
 */
export const WORD_GIVEN_NAMES_MALE = words(
  'WORD_GIVEN_NAMES_MALE',
  'mark bill frank dean guy rob bob jack ray rod drew grant chase hunter mason cliff glen jay wade miles buck duke earl rich hank chip lance',
);
export const WORD_GIVEN_NAMES_FEMALE = words(
  'WORD_GIVEN_NAMES_FEMALE',
  'grace rose faith hope joy june april amber ruby pearl iris ivy holly dawn crystal daisy lily violet heather olive hazel eve sky bonnie ginger',
);
