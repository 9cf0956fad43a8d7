/**
 * Chinese, Arabic and Turkish news stories written for the matcher tests, with English translations,
 * and unrelated stories in the same languages that are no one's original.
 */
import { article } from './articles.js';

export const ZH_METRO = article(
  'zh-metro',
  '成都地铁19号线二期正式开通',
  [
    '12月18日上午，成都地铁19号线二期工程正式开通运营。线路全长43.2公里，共设车站12座，总投资约246亿元。',
    '成都市交通运输局局长王建国表示，新线路开通后，从天府新区到双流国际机场的时间将缩短至35分钟。',
    '据统计，开通首日客流量超过十二万人次。成都地铁运营里程已达到六百多公里。',
  ],
  'zh',
);

export const ZH_TEA = article(
  'zh-tea',
  '杭州龙井茶文化节吸引大批游客',
  [
    '4月6日，第十届西湖龙井茶文化节在杭州开幕，为期五天的活动吸引了来自全国各地的游客。',
    '主办方介绍，今年共有八十家茶企参展，预计销售额将达到3.8亿元。茶农李秀英说，今年春茶的品质比去年更好。',
  ],
  'zh',
);

export const EN_METRO = article('en-metro', 'Second phase of Chengdu Metro Line 19 opens', [
  'On the morning of December 18, the second phase of Chengdu Metro Line 19 officially opened to passengers. The line is 43.2 kilometres long, has 12 stations and cost about 24.6 billion yuan.',
  'Wang Jianguo, director of the Chengdu Municipal Transport Bureau, said the new line would cut the journey from Tianfu New Area to Shuangliu International Airport to 35 minutes.',
  "More than 120,000 passengers used the line on its first day. Chengdu's metro network now runs to more than 600 kilometres.",
]);

export const AR_WATER = article(
  'ar-water',
  'افتتاح محطة جديدة لتحلية المياه في جدة',
  [
    'افتتح وزير البيئة والمياه عبد الرحمن الفضلي يوم الأحد محطة جديدة لتحلية المياه في مدينة جدة بطاقة إنتاجية تبلغ ٦٠٠ ألف متر مكعب يوميا.',
    'وقال الفضلي إن المشروع الذي بلغت تكلفته ٣٫٢ مليار ريال سيخدم أكثر من مليوني نسمة في جدة ومكة المكرمة.',
    'ومن المتوقع أن تبدأ المرحلة الثانية من المشروع في ١٥ مارس ٢٠٢٥.',
  ],
  'ar',
);

export const AR_FOOTBALL = article(
  'ar-football',
  'الهلال يفوز على النصر في ديربي الرياض',
  [
    'فاز فريق الهلال على النصر بنتيجة ٣ أهداف مقابل هدف واحد في المباراة التي أقيمت مساء الجمعة على ملعب المملكة أرينا في الرياض.',
    'وسجل سالم الدوسري هدفين للهلال، فيما حضر المباراة نحو ٢٥ ألف متفرج.',
  ],
  'ar',
);

export const EN_WATER = article('en-water', 'New desalination plant opens in Jeddah', [
  'Environment and Water Minister Abdulrahman Al-Fadley on Sunday opened a new desalination plant in Jeddah with a production capacity of 600,000 cubic metres a day.',
  'Al-Fadley said the project, which cost 3.2 billion riyals, would serve more than two million people in Jeddah and Mecca.',
  'The second phase of the project is expected to start on March 15, 2025.',
]);

export const TR_TRAM = article(
  'tr-tram',
  "İzmir'de yeni tramvay hattı hizmete girdi",
  [
    "İzmir Büyükşehir Belediye Başkanı Cemil Tugay, Çiğli ile Karşıyaka arasındaki 11,5 kilometrelik yeni tramvay hattını 3 Nisan'da açtı.",
    'Projenin maliyeti 1,2 milyar lira olarak açıklandı. Hatta 14 durak bulunuyor ve günde 90 bin yolcu taşınması bekleniyor.',
    'Tugay, Buca metrosunun 2026 yılında tamamlanacağını söyledi.',
  ],
  'tr',
);

export const TR_HARVEST = article(
  'tr-harvest',
  'Antalya’da portakal hasadı başladı',
  [
    'Antalya’nın Kumluca ilçesinde portakal hasadı 20 Ekim’de başladı. Ziraat Odası Başkanı Mehmet Yılmaz, bu yıl 450 bin ton rekolte beklendiğini söyledi.',
    'Yılmaz, ihracatın büyük bölümünün Rusya ve Irak’a yapılacağını belirtti.',
  ],
  'tr',
);

export const EN_TRAM = article('en-tram', 'New tram line opens in Izmir', [
  'Izmir Metropolitan Mayor Cemil Tugay opened the new 11.5-kilometre tram line between Cigli and Karsiyaka on April 3.',
  'The project cost 1.2 billion lira. The line has 14 stops and is expected to carry 90,000 passengers a day.',
  'Tugay said the Buca metro would be completed in 2026.',
]);

export const EN_UNRELATED = article(
  'en-unrelated',
  'Rain delays the start of the cricket season in Yorkshire',
  [
    'Heavy rain forced organisers to postpone the opening match of the county cricket season at Headingley on Saturday.',
    'The club said tickets would remain valid for the rearranged fixture later this month.',
  ],
);
