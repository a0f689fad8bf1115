// Hong Kong's, Macao's and the Mainland's own officials, round 21 (issue 17): 40 announcements written for these tests
// before this round read or changed the extractor, each in the house style of the Hong Kong and Macao governments' press
// releases or a Mainland ministry's English release, modelled on a real visit of 2011–2025 (or one like it) of a Chief
// Executive, a Chief Secretary, a Financial Secretary, a bureau secretary, or the heads of Customs, Police and Immigration:
// "will depart for … tomorrow (December 10)", "will arrive in … in the afternoon", "Next day (December 11)", "return to Hong
// Kong on the evening of", "During his stay in …", the Acting Secretary who stays behind, Greater Bay Area cities and new
// areas, a delegation's legs by high-speed rail and by the Hong Kong-Zhuhai-Macao Bridge, and visits told the day after.
// Each is scored as the corpus scores a text (evaluate.ts): every stop in order and nothing extra (the home at both ends),
// each stated day within its stop's stay, the stated departure and return, and each stated mode of the leg into a stop.
// Run on the extractor of main before any change, 15 of the 40 failed. Three expectations were then put right to the
// corpus's convention, a district the text visits inside its city being a stop of its own (`224`: Zhuhai, then Hengqin):
// "depart for Shenzhen … to visit the Qianhai Court", "a medical centre in Pudong", "In Shenzhen, He visited the Qianhai …
// Zone" (two of the 15 failed only on that). The causes fixed by general rules: a bridge gone by or across as a road leg
// (5 texts), a city named with its district in one sentence as one stay (2), "a delegation of … to" as travel there (1),
// an undated district kept with its city's stay (its order and its day, 1); and one data fix, the Xiong'an New Area (2).
// Two were left, both places no gazetteer here had; round 22 added them to places.json (Dunhuang, Wenchuan), and asserts them. Two more, after the fixes, test what
// two tuning texts needed with them.
import { describe, expect, it } from 'vitest';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();

const misses = caseMisses(draft);

export const cases: Case[] = [
  {
    what: 'HK, CE duty visit: "will depart for Beijing tomorrow (December 18)", "return to Hong Kong on the evening of December 20", an Acting CE',
    text: 'CE to visit Beijing\n\nThe Chief Executive, Mr C Y Leung, will depart for Beijing tomorrow (December 18) for his duty visit. He will report to the state leaders on the latest situation in Hong Kong and call on the relevant ministries and commissions.\n\nMr Leung will return to Hong Kong on the evening of December 20.\n\nDuring the Chief Executive\'s absence, the Chief Secretary for Administration, Mrs Carrie Lam, will be the Acting Chief Executive.\n\nEnds/Tuesday, December 17, 2013',
    published: '2013-12-17',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2013-12-18'), at('Beijing', ['2013-12-18', '2013-12-19', '2013-12-20']), back('Hong Kong', '2013-12-20')],
  },
  {
    what: 'HK, FS: "arrive in Shanghai in the afternoon", "Next day (April 17)", Lingang, "travel to Hangzhou by high-speed rail", Acting FS',
    text: 'FS to visit Shanghai and Hangzhou\n\nThe Financial Secretary, Mr Paul Chan, will depart for Shanghai tomorrow (April 16) for a three-day visit to Shanghai and Hangzhou.\n\nMr Chan will arrive in Shanghai in the afternoon and meet the Mayor of Shanghai, Mr Gong Zheng. Next day (April 17), he will visit the Lingang Special Area to learn about its development of the semiconductor and biomedicine industries.\n\nOn April 18, Mr Chan will travel to Hangzhou by high-speed rail to visit technology enterprises. He will return to Hong Kong on the evening of the same day.\n\nDuring Mr Chan\'s absence, the Deputy Financial Secretary, Mr Michael Wong, will be the Acting Financial Secretary.',
    published: '2023-04-15',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-04-16'), at('Shanghai', ['2023-04-16']), at('Lingang New Area', ['2023-04-17']), at('Hangzhou', ['2023-04-18'], 'rail'), back('Hong Kong', '2023-04-18')],
  },
  {
    what: 'HK, CS: Beijing, then "Next day (July 9), he will travel to the Xiong\'an New Area"',
    text: 'CS to visit Beijing and Xiong\'an\n\nThe Chief Secretary for Administration, Mr Matthew Cheung, will depart for Beijing this afternoon (July 8). He will meet officials of the National Development and Reform Commission in the evening.\n\nNext day (July 9), he will travel to the Xiong\'an New Area in Hebei Province to be briefed on the planning of the new area and to visit the Xiong\'an Citizen Service Centre.\n\nMr Cheung will return to Hong Kong on July 10.\n\nDuring Mr Cheung\'s absence, the Secretary for Justice, Ms Teresa Cheng, will be the Acting Chief Secretary for Administration.',
    published: '2019-07-08',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2019-07-08'), at('Beijing', ['2019-07-08']), at("Xiong'an New Area", ['2019-07-09']), back('Hong Kong', '2019-07-10')],
  },
  {
    what: 'HK Customs: "will lead a delegation to Guangzhou and Nansha tomorrow (November 5)", "by high-speed rail", "Next day (November 6)"',
    text: 'C for C&E to visit Guangzhou and Nansha\n\nThe Commissioner of Customs and Excise, Mr Hermes Tang, will lead a delegation to Guangzhou and Nansha tomorrow (November 5) for a two-day visit.\n\nThe delegation will travel to Guangzhou by high-speed rail in the morning and call on the Guangdong Sub-administration of the General Administration of Customs. Next day (November 6), the delegation will visit the Nansha Port to learn about the customs clearance of cross-boundary goods.\n\nThe delegation will return to Hong Kong on the evening of November 6. During Mr Tang\'s absence, the Deputy Commissioner of Customs and Excise, Ms Louise Ho, will be the Acting Commissioner.',
    published: '2019-11-04',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2019-11-05'), at('Guangzhou', ['2019-11-05'], 'rail'), at('Nansha', ['2019-11-06']), back('Hong Kong', '2019-11-06')],
  },
  {
    what: 'HK Police, told the day after: "led a delegation to Beijing from May 22 to 24", "returned to Hong Kong yesterday evening (May 24)"',
    text: 'CP concludes visit to Beijing\n\nThe Commissioner of Police, Mr Raymond Siu, led a delegation to Beijing from May 22 to 24 to call on the Ministry of Public Security and exchange views on combating cross-boundary crime.\n\nDuring his stay in Beijing, Mr Siu met the Minister of Public Security, Mr Wang Xiaohong, and visited the People\'s Public Security University of China.\n\nThe delegation returned to Hong Kong yesterday evening (May 24).',
    published: '2024-05-25',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-05-22'), at('Beijing', ['2024-05-22', '2024-05-23', '2024-05-24']), back('Hong Kong', '2024-05-24')],
  },
  {
    what: 'HK Immigration: "departed for Haikou yesterday (March 11)", "went on to Sanya today (March 12)", "will return … tomorrow (March 13)"',
    text: 'Director of Immigration visits Hainan\n\nThe Director of Immigration, Mr Benson Kwok, departed for Haikou yesterday (March 11) to visit the Hainan Provincial Public Security Department and learn about the entry facilitation measures of the Hainan Free Trade Port.\n\nMr Kwok went on to Sanya today (March 12), where he visited the immigration inspection station at Phoenix International Airport.\n\nHe will return to Hong Kong tomorrow (March 13).',
    published: '2024-03-12',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-03-11'), at('Haikou', ['2024-03-11']), at('Sanya', ['2024-03-12']), back('Hong Kong', '2024-03-13')],
  },
  {
    what: 'Macao, CE: "will leave for Fuzhou on Sunday (16 June)", "travel to Xiamen by high-speed train on 18 June", "return to Macao on the evening of 19 June"',
    text: 'Chief Executive to lead delegation to Fujian\n\nThe Chief Executive, Mr Chui Sai On, will leave for Fuzhou on Sunday (16 June) at the head of a Macao SAR Government delegation to Fujian Province.\n\nOn 17 June, Mr Chui will meet the Secretary of the CPC Fujian Provincial Committee and the Governor of Fujian Province. The delegation will travel to Xiamen by high-speed train on 18 June, to visit the Xiamen Free Trade Zone and meet Macao students at Xiamen University.\n\nThe delegation will return to Macao on the evening of 19 June. During Mr Chui\'s absence, the Secretary for Administration and Justice, Ms Florinda Chan, will be Acting Chief Executive.',
    published: '2013-06-14',
    home: 'Macao',
    stops: [from('Macao', '2013-06-16'), at('Fuzhou', ['2013-06-16', '2013-06-17']), at('Xiamen', ['2013-06-18', '2013-06-19'], 'rail'), back('Macao', '2013-06-19')],
  },
  {
    what: 'Macao, CE duty visit: "will depart for Beijing tomorrow (14 April)", "return to Macao on 18 April", an Acting CE',
    text: 'Chief Executive to make duty visit to Beijing\n\nThe Chief Executive, Mr Sam Hou Fai, will depart for Beijing tomorrow (14 April) for his first duty visit since taking office. During his stay in Beijing, Mr Sam will report to the state leaders on the work of the Macao SAR Government and call on the Hong Kong and Macao Work Office of the CPC Central Committee and the ministries concerned.\n\nMr Sam will return to Macao on 18 April. During his absence, the Secretary for Administration and Justice, Mr Chan Kak, will be Acting Chief Executive.',
    published: '2025-04-13',
    home: 'Macao',
    stops: [from('Macao', '2025-04-14'), at('Beijing', ['2025-04-14', '2025-04-15', '2025-04-16', '2025-04-17', '2025-04-18']), back('Macao', '2025-04-18')],
  },
  {
    what: 'Macao, Secretary: "flew to Chongqing on Monday (10 July)", "took the high-speed train to Chengdu on Wednesday (12 July)"',
    text: 'Secretary for Economy and Finance concludes visit to Chongqing and Chengdu\n\nThe Secretary for Economy and Finance, Mr Lei Wai Nong, returned to Macao last night (13 July) after a four-day visit to Chongqing and Sichuan with a delegation of Macao enterprises.\n\nThe delegation flew to Chongqing on Monday (10 July), where Mr Lei met the Mayor of Chongqing, Mr Hu Henghua, and visited the Western Land-Sea New Corridor logistics centre. On Wednesday (12 July) the delegation took the high-speed train to Chengdu to attend a trade fair for Macao and Sichuan products.',
    published: '2023-07-14',
    home: 'Macao',
    stops: [from('Macao', '2023-07-10'), at('Chongqing', ['2023-07-10', '2023-07-11'], 'flight'), at('Chengdu', ['2023-07-12', '2023-07-13'], 'rail'), back('Macao', '2023-07-13')],
  },
  {
    what: 'HK, SCED: "will depart for Xi\'an tomorrow (September 2)", "fly to Urumqi on September 4", Acting Secretary',
    text: 'SCED to visit Xi\'an and Urumqi\n\nThe Secretary for Commerce and Economic Development, Mr Algernon Yau, will depart for Xi\'an tomorrow (September 2) to promote Hong Kong\'s role in the Belt and Road Initiative.\n\nIn Xi\'an, Mr Yau will meet the Vice Governor of Shaanxi Province and speak at a business seminar. He will fly to Urumqi on September 4 to visit the China-Eurasia Expo and meet officials of the Xinjiang Uygur Autonomous Region.\n\nMr Yau will return to Hong Kong on the evening of September 5. During his absence, the Under Secretary for Commerce and Economic Development, Dr Bernard Chan, will be the Acting Secretary for Commerce and Economic Development.',
    published: '2024-09-01',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-09-02'), at("Xi'an", ['2024-09-02', '2024-09-03']), at('Ürümqi', ['2024-09-04'], 'flight'), back('Hong Kong', '2024-09-05')],
  },
  {
    what: 'HK, SITI: "will depart for Hefei by high-speed rail tomorrow (October 15)", "travel to Wuhan on October 17"',
    text: 'S for IT&I to visit Anhui and Hubei\n\nThe Secretary for Innovation, Technology and Industry, Professor Sun Dong, will depart for Hefei by high-speed rail tomorrow (October 15) for a four-day visit to Anhui and Hubei provinces.\n\nIn Hefei, Professor Sun will visit the Hefei National Laboratory for Physical Sciences at the Microscale and an electric vehicle maker. He will travel to Wuhan on October 17 to visit the Optics Valley of China and meet researchers from Hong Kong.\n\nProfessor Sun will return to Hong Kong on the evening of October 18. During his absence, the Under Secretary for Innovation, Technology and Industry, Ms Lillian Cheong, will be the Acting Secretary for Innovation, Technology and Industry.',
    published: '2024-10-14',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-10-15'), at('Hefei', ['2024-10-15', '2024-10-16'], 'rail'), at('Wuhan', ['2024-10-17', '2024-10-18']), back('Hong Kong', '2024-10-18')],
  },
  {
    what: 'HK, STL, told the same day: "visited Qianhai in Shenzhen and Songshan Lake in Dongguan today (August 20)"',
    text: 'STL visits Qianhai and Songshan Lake\n\nThe Secretary for Transport and Logistics, Mr Lam Sai-hung, visited Qianhai in Shenzhen and Songshan Lake in Dongguan today (August 20) to learn about the development of the low-altitude economy and smart logistics in the Greater Bay Area.\n\nIn Qianhai, Mr Lam met officials of the Qianhai Authority and visited a drone delivery centre. He then travelled to Songshan Lake, where he toured a robotics company and a logistics park.\n\nMr Lam returned to Hong Kong in the evening.',
    published: '2024-08-20',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-08-20'), at('Qianhai', ['2024-08-20']), at('Dongguan', ['2024-08-20']), back('Hong Kong', '2024-08-20')],
  },
  {
    what: 'HK, SJ: "will depart for Shenzhen tomorrow morning (August 15)", "In the afternoon, he will travel to Guangzhou"',
    text: 'SJ to visit Shenzhen and Guangzhou\n\nThe Secretary for Justice, Mr Rimsky Yuen, SC, will depart for Shenzhen tomorrow morning (August 15) to visit the Qianhai Court of International Commercial Arbitration.\n\nIn the afternoon, he will travel to Guangzhou to meet the Director of the Department of Justice of Guangdong Province on legal co-operation between the two places.\n\nMr Yuen will return to Hong Kong on the evening of August 16. During his absence, the Solicitor General, Mr Wesley Wong, SC, will be the Acting Secretary for Justice.',
    published: '2013-08-14',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2013-08-15'), at('Shenzhen', ['2013-08-15']), at('Qianhai', ['2013-08-15']), at('Guangzhou', ['2013-08-15', '2013-08-16']), back('Hong Kong', '2013-08-16')],
  },
  {
    what: 'HK, SED: "will lead a delegation … to Guangzhou and Zhaoqing from tomorrow (May 9)", "Next day (May 10)"',
    text: 'SED to visit Guangzhou and Zhaoqing\n\nThe Secretary for Education, Dr Choi Yuk-lin, will lead a delegation of school principals to Guangzhou and Zhaoqing from tomorrow (May 9) to exchange views on Greater Bay Area education co-operation.\n\nThe delegation will travel to Guangzhou by high-speed rail and visit a Hong Kong-run school in the Tianhe District. Next day (May 10), the delegation will go to Zhaoqing to visit a vocational college and a school for the children of Hong Kong residents.\n\nDr Choi will return to Hong Kong on the evening of May 10. During her absence, the Under Secretary for Education, Mr Sze Chun-fai, will be the Acting Secretary for Education.',
    published: '2023-05-08',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-05-09'), at('Guangzhou', ['2023-05-09'], 'rail'), at('Zhaoqing', ['2023-05-10']), back('Hong Kong', '2023-05-10')],
  },
  {
    what: 'HK, SCST: "will depart for Dunhuang tomorrow (June 3)", "fly to Xi\'an on June 5"',
    text: 'SCST to visit Gansu and Shaanxi\n\nThe Secretary for Culture, Sports and Tourism, Mr Kevin Yeung, will depart for Dunhuang tomorrow (June 3) to visit the Mogao Caves and discuss exhibitions of Dunhuang art with the Dunhuang Academy.\n\nMr Yeung will fly to Xi\'an on June 5 to visit the Shaanxi History Museum and the Terracotta Warriors, ahead of an exhibition at the Hong Kong Palace Museum.\n\nHe will return to Hong Kong on June 6.',
    published: '2024-06-02',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-06-03'), at('Dunhuang', ['2024-06-03', '2024-06-04']), at("Xi'an", ['2024-06-05'], 'flight'), back('Hong Kong', '2024-06-06')],
  },
  {
    what: 'HK, SFST: "will arrive in Beijing in the afternoon", "take the high-speed rail to Tianjin on the following morning (January 9)"',
    text: 'SFST to visit Beijing and Tianjin\n\nThe Secretary for Financial Services and the Treasury, Mr Christopher Hui, will depart for Beijing tomorrow (January 8). He will arrive in Beijing in the afternoon and meet the China Securities Regulatory Commission.\n\nMr Hui will take the high-speed rail to Tianjin on the following morning (January 9) to meet officials of the Tianjin Municipal Government and visit the Binhai New Area.\n\nHe will return to Hong Kong on the evening of January 9.',
    published: '2024-01-07',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-01-08'), at('Beijing', ['2024-01-08']), at('Tianjin', ['2024-01-09'], 'rail'), back('Hong Kong', '2024-01-09')],
  },
  {
    what: 'HK, SHYA: Nanning, then Guilin, "returning to Hong Kong on the evening of July 20"',
    text: 'SHYA leads youth delegation to Guangxi\n\nThe Secretary for Home and Youth Affairs, Miss Alice Mak, will lead a delegation of young people to Guangxi from tomorrow (July 17) to July 20.\n\nThe delegation will arrive in Nanning in the afternoon of July 17 and visit the China-ASEAN Information Harbour. On July 19, the delegation will travel by high-speed rail to Guilin, where the young people will take part in a rural revitalisation programme, before returning to Hong Kong on the evening of July 20.',
    published: '2023-07-16',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-07-17'), at('Nanning', ['2023-07-17', '2023-07-18']), at('Guilin', ['2023-07-19', '2023-07-20'], 'rail'), back('Hong Kong', '2023-07-20')],
  },
  {
    what: 'HK, SH, the day after: "visited Shenzhen yesterday (March 14) … and went on to Guangzhou", Futian',
    text: 'SH visits Shenzhen and Guangzhou\n\nThe Secretary for Health, Professor Lo Chung-mau, visited Shenzhen yesterday (March 14) and went on to Guangzhou, returning to Hong Kong this evening (March 15).\n\nIn Shenzhen, Professor Lo visited the University of Hong Kong-Shenzhen Hospital in Futian and met the Director of the Shenzhen Municipal Health Commission. Today, he met the Director of the Health Commission of Guangdong Province in Guangzhou and visited a hospital of traditional Chinese medicine.',
    published: '2023-03-15',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-03-14'), at('Shenzhen', ['2023-03-14']), at('Guangzhou', ['2023-03-15']), back('Hong Kong', '2023-03-15')],
  },
  {
    what: 'HK, SEN: "will depart for Tianjin tomorrow (September 10)", "travel to Beijing by high-speed rail on September 12"',
    text: 'SEN to visit Tianjin and Beijing\n\nThe Secretary for the Environment, Mr Wong Kam-sing, will depart for Tianjin tomorrow (September 10) to visit the Sino-Singapore Tianjin Eco-city.\n\nHe will travel to Beijing by high-speed rail on September 12 to meet the Minister of Ecology and Environment, Mr Li Ganjie.\n\nMr Wong will return to Hong Kong on the evening of September 13. During his absence, the Under Secretary for the Environment, Mr Tse Chin-wan, will be the Acting Secretary for the Environment.',
    published: '2018-09-09',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2018-09-10'), at('Tianjin', ['2018-09-10', '2018-09-11']), at('Beijing', ['2018-09-12', '2018-09-13'], 'rail'), back('Hong Kong', '2018-09-13')],
  },
  {
    what: 'HK, CS (she): "will depart for Chengdu tomorrow (April 26)", "Next day (April 27), she will travel to Wenchuan"',
    text: 'CS to visit Sichuan\n\nThe Chief Secretary for Administration, Mrs Carrie Lam, will depart for Chengdu tomorrow (April 26) to review the reconstruction projects supported by Hong Kong after the Wenchuan earthquake.\n\nMrs Lam will arrive in Chengdu in the afternoon and meet the Governor of Sichuan Province. Next day (April 27), she will travel to Wenchuan to visit a hospital and a school rebuilt with Hong Kong\'s support.\n\nShe will return to Hong Kong on the evening of April 28.',
    published: '2013-04-25',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2013-04-26'), at('Chengdu', ['2013-04-26']), at('Wenchuan', ['2013-04-27']), back('Hong Kong', '2013-04-28')],
  },
  {
    what: 'HK, CE told the day after: "crossed the Shenzhen-Zhongshan Link to Zhongshan by coach"',
    text: 'CE visits Shenzhen and Zhongshan\n\nThe Chief Executive, Mr John Lee, led a delegation to Shenzhen and Zhongshan yesterday (July 5) to see the newly opened Shenzhen-Zhongshan Link.\n\nIn Shenzhen, Mr Lee met the Secretary of the CPC Shenzhen Municipal Committee, Mr Meng Fanli. The delegation then crossed the Shenzhen-Zhongshan Link to Zhongshan by coach, where Mr Lee visited a health food park and met the Secretary of the CPC Zhongshan Municipal Committee.\n\nThe delegation returned to Hong Kong last night.',
    published: '2024-07-06',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-07-05'), at('Shenzhen', ['2024-07-05']), at('Zhongshan', ['2024-07-05'], 'road'), back('Hong Kong', '2024-07-05')],
  },
  {
    what: 'HK, a delegation of several legs: "by high-speed rail to Guangzhou", "by coach to Jiangmen", Zhuhai, "via the Hong Kong-Zhuhai-Macao Bridge"',
    text: 'SHYA leads District Council members to visit Greater Bay Area\n\nThe Secretary for Home and Youth Affairs, Miss Alice Mak, will lead a delegation of District Council members on a three-day visit to the Greater Bay Area from December 10 to 12.\n\nOn December 10, the delegation will travel by high-speed rail to Guangzhou, where Members will visit a community service centre. On December 11, the delegation will go by coach to Jiangmen to visit a rural revitalisation project. On December 12, the delegation will travel to Zhuhai to see the community management of the city, and will then return to Hong Kong via the Hong Kong-Zhuhai-Macao Bridge.',
    published: '2024-12-09',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-12-10'), at('Guangzhou', ['2024-12-10'], 'rail'), at('Jiangmen', ['2024-12-11'], 'road'), at('Zhuhai', ['2024-12-12']), back('Hong Kong', '2024-12-12', 'road')],
  },
  {
    what: 'Macao, CE: "arrived in Fuzhou yesterday (28 May)", "will travel to Xiamen tomorrow (30 May)" in the present of the visit',
    text: 'Chief Executive meets Fujian leaders\n\nThe Chief Executive, Mr Ho Iat Seng, who arrived in Fuzhou yesterday (28 May) at the head of a Macao SAR Government delegation, met the Secretary of the CPC Fujian Provincial Committee, Mr Zhou Zuyi, today (29 May).\n\nThe delegation will travel to Xiamen tomorrow (30 May) to visit the Xiamen Area of the Fujian Pilot Free Trade Zone, and will return to Macao on 31 May.',
    published: '2023-05-29',
    home: 'Macao',
    stops: [from('Macao', '2023-05-28'), at('Fuzhou', ['2023-05-28', '2023-05-29']), at('Xiamen', ['2023-05-30']), back('Macao', '2023-05-31')],
  },
  {
    what: 'Macao, Secretary (she): "will depart for Beijing on Monday (4 September)", "will proceed to Shanghai on 6 September"',
    text: 'Secretary for Social Affairs and Culture to visit Beijing and Shanghai\n\nThe Secretary for Social Affairs and Culture, Ms Elsie Ao Ieong U, will depart for Beijing on Monday (4 September) to meet officials of the Ministry of Education and the National Health Commission.\n\nShe will proceed to Shanghai on 6 September to visit Fudan University and a medical centre in Pudong, and return to Macao on 8 September.',
    published: '2023-09-02',
    home: 'Macao',
    stops: [from('Macao', '2023-09-04'), at('Beijing', ['2023-09-04', '2023-09-05']), at('Shanghai', ['2023-09-06']), at('Pudong', []), back('Macao', '2023-09-08')],
  },
  {
    what: 'Macao, Security: "will lead a delegation to Guangzhou tomorrow (12 October)", "return to Macao by high-speed rail"',
    text: 'Secretary for Security to lead delegation to Guangzhou\n\nThe Secretary for Security, Mr Wong Sio Chak, will lead a delegation to Guangzhou tomorrow (12 October) for the annual working meeting on police co-operation between Guangdong and Macao.\n\nDuring his stay in Guangzhou, Mr Wong will meet the Director of the Guangdong Provincial Public Security Department. The delegation will return to Macao by high-speed rail on the evening of 13 October.',
    published: '2022-10-11',
    home: 'Macao',
    stops: [from('Macao', '2022-10-12'), at('Guangzhou', ['2022-10-12', '2022-10-13']), back('Macao', '2022-10-13', 'rail')],
  },
  {
    what: 'Beijing, a ministry\'s release: "will visit Hong Kong from February 28 to March 1 and Macao on March 2", "travel to Macao by the Hong Kong-Zhuhai-Macao Bridge"',
    text: 'Minister Wang Wentao to visit Hong Kong and Macao\n\nMinister of Commerce Wang Wentao will lead a delegation to visit the Hong Kong Special Administrative Region from February 28 to March 1 and the Macao Special Administrative Region on March 2.\n\nIn Hong Kong, Minister Wang will meet Chief Executive John Lee and speak at a forum on the Belt and Road Initiative. On March 2, the delegation will travel to Macao by the Hong Kong-Zhuhai-Macao Bridge to meet Chief Executive Ho Iat Seng. The delegation will return to Beijing on the evening of March 2.',
    published: '2023-02-26',
    home: 'Beijing',
    stops: [from('Beijing'), at('Hong Kong', ['2023-02-28', '2023-03-01']), at('Macao', ['2023-03-02'], 'road'), back('Beijing', '2023-03-02')],
  },
  {
    what: 'Beijing, an inspection told afterwards: "made an inspection tour in Shenzhen and Dongguan from Tuesday to Wednesday"',
    text: 'Vice Premier inspects Guangdong\n\nVice Premier He Lifeng made an inspection tour in Shenzhen and Dongguan, Guangdong Province, from Tuesday to Wednesday.\n\nIn Shenzhen, He visited the Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone and a financial technology company. On Wednesday, he went to Dongguan, where he inspected a manufacturer of smartphones and spoke with workers.',
    published: '2023-11-23',
    home: 'Beijing',
    stops: [from('Beijing'), at('Shenzhen', ['2023-11-21']), at('Qianhai', ['2023-11-21']), at('Dongguan', ['2023-11-22']), back('Beijing')],
  },
  {
    what: 'Beijing, HKMAO: "arrived in Hong Kong on February 22 for a seven-day inspection", "returned to Beijing on February 28"',
    text: 'Xia Baolong concludes inspection in Hong Kong\n\nXia Baolong, director of the Hong Kong and Macao Work Office of the CPC Central Committee and of the Hong Kong and Macao Affairs Office of the State Council, arrived in Hong Kong on February 22 for a seven-day inspection and returned to Beijing on February 28.\n\nDuring his stay in Hong Kong, Xia met Chief Executive John Lee and principal officials of the HKSAR Government, and visited the Northern Metropolis and the Kai Tak Sports Park.',
    published: '2024-02-29',
    home: 'Beijing',
    stops: [from('Beijing'), at('Hong Kong', ['2024-02-22', '2024-02-28']), back('Beijing', '2024-02-28')],
  },
  {
    what: 'HK, CS: "will depart for Xiamen by high-speed rail tomorrow (March 20)", "travel to Quanzhou on March 21"',
    text: 'CS to visit Fujian\n\nThe Chief Secretary for Administration, Mr Chan Kwok-ki, will depart for Xiamen by high-speed rail tomorrow (March 20) to visit Fujian Province.\n\nDuring his stay in Xiamen, Mr Chan will meet the Secretary of the CPC Xiamen Municipal Committee and visit Hong Kong enterprises. He will travel to Quanzhou on March 21 to visit the World Heritage sites of the city and a footwear maker, before returning to Hong Kong on the evening of March 22.\n\nDuring Mr Chan\'s absence, the Deputy Chief Secretary for Administration, Mr Cheuk Wing-hing, will be the Acting Chief Secretary for Administration.',
    published: '2025-03-19',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2025-03-20'), at('Xiamen', ['2025-03-20'], 'rail'), at('Quanzhou', ['2025-03-21', '2025-03-22']), back('Hong Kong', '2025-03-22')],
  },
  {
    what: 'HK, FS: "will depart for Zhengzhou tomorrow (May 20)", "Next day (May 21), he will travel to Wuhan by high-speed rail"',
    text: 'FS to visit Henan and Hubei\n\nThe Financial Secretary, Mr John Tsang, will depart for Zhengzhou tomorrow (May 20) to attend the opening of a trade fair for Hong Kong and Henan enterprises.\n\nNext day (May 21), he will travel to Wuhan by high-speed rail to meet the Governor of Hubei Province and Hong Kong business people.\n\nMr Tsang will return to Hong Kong on the evening of May 22. During his absence, the Secretary for Financial Services and the Treasury, Professor K C Chan, will be the Acting Financial Secretary.',
    published: '2014-05-19',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2014-05-20'), at('Zhengzhou', ['2014-05-20']), at('Wuhan', ['2014-05-21', '2014-05-22'], 'rail'), back('Hong Kong', '2014-05-22')],
  },
  {
    what: 'HK, S for S: "will travel to Macao via the Hong Kong-Zhuhai-Macao Bridge this morning (April 15)", "return to Hong Kong in the afternoon"',
    text: 'S for S to visit Macao\n\nThe Secretary for Security, Mr Tang Ping-keung, will travel to Macao via the Hong Kong-Zhuhai-Macao Bridge this morning (April 15) to attend the National Security Education Day exhibition of the Macao SAR Government and meet the Secretary for Security of Macao, Mr Wong Sio Chak.\n\nMr Tang will return to Hong Kong in the afternoon.',
    published: '2024-04-15',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-04-15'), at('Macao', ['2024-04-15'], 'road'), back('Hong Kong', '2024-04-15')],
  },
  {
    what: 'HK Immigration, the day after: "visited Macao and Hengqin yesterday (May 16)"',
    text: 'Director of Immigration visits Macao and Hengqin\n\nThe Director of Immigration, Mr Au Ka-wang, visited Macao and Hengqin yesterday (May 16) to exchange views with the Public Security Police Force of Macao and the Zhuhai Border Inspection Station on smart clearance.\n\nIn Macao, Mr Au met the Commissioner General of the Unitary Police Service. He then crossed to Hengqin to see the co-location arrangement at the Hengqin Port. He returned to Hong Kong in the evening.',
    published: '2024-05-17',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-05-16'), at('Macao', ['2024-05-16']), at('Hengqin', ['2024-05-16']), back('Hong Kong', '2024-05-16')],
  },
  {
    what: 'HK, CE: "will depart for Zhuhai by ferry tomorrow morning (October 23)", "return to Hong Kong via the Bridge"',
    text: 'CE to attend opening ceremony of Hong Kong-Zhuhai-Macao Bridge\n\nThe Chief Executive, Mrs Carrie Lam, will depart for Zhuhai by ferry tomorrow morning (October 23) to attend the opening ceremony of the Hong Kong-Zhuhai-Macao Bridge.\n\nMrs Lam will return to Hong Kong by the Bridge in the afternoon. During her absence, the Chief Secretary for Administration, Mr Matthew Cheung, will be the Acting Chief Executive.',
    published: '2018-10-22',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2018-10-23'), at('Zhuhai', ['2018-10-23'], 'sea'), back('Hong Kong', '2018-10-23', 'road')],
  },
  {
    what: 'HK, SCED: "will depart for Shanghai tomorrow (November 4)", "During his stay in Shanghai"',
    text: 'SCED to attend China International Import Expo in Shanghai\n\nThe Secretary for Commerce and Economic Development, Mr Edward Yau, will depart for Shanghai tomorrow (November 4) to attend the opening ceremony of the first China International Import Expo.\n\nDuring his stay in Shanghai, Mr Yau will visit the Hong Kong pavilion at the National Exhibition and Convention Center and meet Mainland officials.\n\nMr Yau will return to Hong Kong on November 6.',
    published: '2018-11-03',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2018-11-04'), at('Shanghai', ['2018-11-04', '2018-11-05', '2018-11-06']), back('Hong Kong', '2018-11-06')],
  },
  {
    what: 'HK, SH (she), Chinese-style weekday and date: "on Monday (December 9)", "(Tuesday, December 10)"',
    text: 'SH to visit Shenzhen and Guangzhou\n\nThe Secretary for Housing, Ms Winnie Ho, will visit Shenzhen and Guangzhou on Monday and Tuesday (December 9 and 10) to learn about the supply of affordable housing in the two cities.\n\nMs Ho will depart for Shenzhen on Monday (December 9) and visit a public rental housing estate built with modular integrated construction. She will travel to Guangzhou on the following day (Tuesday, December 10) to meet the Department of Housing and Urban-Rural Development of Guangdong Province.\n\nShe will return to Hong Kong on Tuesday evening.',
    published: '2024-12-08',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-12-09'), at('Shenzhen', ['2024-12-09']), at('Guangzhou', ['2024-12-10']), back('Hong Kong', '2024-12-10')],
  },
  {
    what: 'Macao, CE: "will visit Hong Kong tomorrow (8 February)", "travelling by the Hong Kong-Zhuhai-Macao Bridge"',
    text: 'Chief Executive to visit Hong Kong\n\nThe Chief Executive, Mr Ho Iat Seng, will visit Hong Kong tomorrow (8 February), travelling by the Hong Kong-Zhuhai-Macao Bridge, to meet the Chief Executive of the Hong Kong SAR, Mr John Lee, on closer co-operation between the two SARs.\n\nMr Ho will return to Macao on the evening of the same day.',
    published: '2023-02-07',
    home: 'Macao',
    stops: [from('Macao', '2023-02-08'), at('Hong Kong', ['2023-02-08'], 'road'), back('Macao', '2023-02-08')],
  },
  {
    what: 'HK, SCMA: "will depart for Guangzhou tomorrow (June 6)", "Next day (June 7), he will visit Nansha"',
    text: 'SCMA to visit Guangzhou and Nansha\n\nThe Secretary for Constitutional and Mainland Affairs, Mr Erick Tsang, will depart for Guangzhou tomorrow (June 6) to meet officials of the Hong Kong and Macao Affairs Office of the People\'s Government of Guangdong Province.\n\nNext day (June 7), he will visit Nansha to learn about the measures for Hong Kong residents working and living in the Nansha District.\n\nMr Tsang will return to Hong Kong on the evening of June 7. During his absence, the Under Secretary for Constitutional and Mainland Affairs, Mr Clement Woo, will be the Acting Secretary for Constitutional and Mainland Affairs.',
    published: '2023-06-05',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-06-06'), at('Guangzhou', ['2023-06-06']), at('Nansha', ['2023-06-07']), back('Hong Kong', '2023-06-07')],
  },
  {
    what: 'HK, SDEV (she): "will arrive in Shanghai in the afternoon", "Next day (November 19), she will visit Pudong", "fly to Beijing"',
    text: 'SDEV to visit Shanghai and Beijing\n\nThe Secretary for Development, Ms Bernadette Linn, will depart for Shanghai tomorrow (November 18). She will arrive in Shanghai in the afternoon and meet officials of the Shanghai Municipal Commission of Housing and Urban-Rural Development.\n\nNext day (November 19), she will visit Pudong to see the urban renewal of the old riverside wharves. She will fly to Beijing on November 20 to call on the Ministry of Natural Resources, and will return to Hong Kong on the evening of November 21.',
    published: '2023-11-17',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-11-18'), at('Shanghai', ['2023-11-18']), at('Pudong', ['2023-11-19']), at('Beijing', ['2023-11-20', '2023-11-21'], 'flight'), back('Hong Kong', '2023-11-21')],
  },
  {
    what: 'HK, CS: "will depart for Tianjin tomorrow (September 5)", "travel to Xiong\'an by road on September 6", "to Beijing on September 7"',
    text: 'CS to visit Tianjin, Xiong\'an and Beijing\n\nThe Chief Secretary for Administration, Mr Eric Chan, will depart for Tianjin tomorrow (September 5) for a four-day visit.\n\nIn Tianjin, Mr Chan will meet the Mayor of Tianjin. He will travel to Xiong\'an by road on September 6 to visit the Xiong\'an New Area, and to Beijing on September 7 to call on the Hong Kong and Macao Work Office.\n\nMr Chan will return to Hong Kong on the evening of September 8.',
    published: '2023-09-04',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-09-05'), at('Tianjin', ['2023-09-05']), at("Xiong'an New Area", ['2023-09-06'], 'road'), at('Beijing', ['2023-09-07', '2023-09-08']), back('Hong Kong', '2023-09-08')],
  },
  {
    what: 'HK Customs, the day after: "led a delegation to Shanghai on November 8", Yangshan, "returned to Hong Kong yesterday (November 10)"',
    text: 'C for C&E visits Shanghai\n\nThe Commissioner of Customs and Excise, Ms Louise Ho, led a delegation to Shanghai on November 8 for a three-day visit and returned to Hong Kong yesterday (November 10).\n\nDuring her stay in Shanghai, Ms Ho called on the Shanghai Customs. On November 9, the delegation visited the Yangshan Port to see its automated terminal.',
    published: '2023-11-11',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2023-11-08'), at('Shanghai', ['2023-11-08']), at('Yangshan Port', ['2023-11-09']), back('Hong Kong', '2023-11-10')],
  },
];

// Ten more, written after the first fixes and before they were run, to measure them on text they were not made for: 3
// failed; two causes then fixed (a coach of a kind, "by cross-boundary coach"; a district's day within its city's stay,
// which also fixed the order case above), one left.
export const unseen: Case[] = [
  {
    what: 'HK, CE: "will depart for Tianjin this afternoon (June 25)", "return to Hong Kong on the evening of June 27"',
    text: 'CE to attend Annual Meeting of the New Champions in Tianjin\n\nThe Chief Executive, Mr John Lee, will depart for Tianjin this afternoon (June 25) to attend the Annual Meeting of the New Champions of the World Economic Forum.\n\nDuring his stay in Tianjin, Mr Lee will speak at a session on the economic outlook of Asia and meet business leaders attending the meeting. He will return to Hong Kong on the evening of June 27.\n\nDuring Mr Lee\'s absence, the Chief Secretary for Administration, Mr Chan Kwok-ki, will be the Acting Chief Executive.',
    published: '2024-06-25',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-06-25'), at('Tianjin', ['2024-06-25', '2024-06-26', '2024-06-27']), back('Hong Kong', '2024-06-27')],
  },
  {
    what: 'HK, FS: "will leave for Chengdu by air tomorrow morning (November 2)", "travel to Chongqing by high-speed rail on November 3"',
    text: 'FS to visit Chengdu and Chongqing\n\nThe Financial Secretary, Mr Paul Chan, will leave for Chengdu by air tomorrow morning (November 2) to speak at a financial forum and meet the Governor of Sichuan Province.\n\nMr Chan will travel to Chongqing by high-speed rail on November 3 to visit the China-Singapore (Chongqing) Demonstration Initiative and meet Hong Kong enterprises. He will return to Hong Kong on November 4.',
    published: '2024-11-01',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-11-02'), at('Chengdu', ['2024-11-02'], 'flight'), at('Chongqing', ['2024-11-03'], 'rail'), back('Hong Kong', '2024-11-04')],
  },
  {
    what: 'HK, S for S: "will depart for Beijing tomorrow (July 15)", "After the visit, he will travel to Xi\'an on July 17"',
    text: 'S for S to visit Beijing and Xi\'an\n\nThe Secretary for Security, Mr Tang Ping-keung, will depart for Beijing tomorrow (July 15) to call on the Ministry of Public Security and the Ministry of State Security.\n\nAfter the visit, he will travel to Xi\'an on July 17 to visit a national security education base. Mr Tang will return to Hong Kong on the evening of July 18.',
    published: '2024-07-14',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-07-15'), at('Beijing', ['2024-07-15', '2024-07-16']), at("Xi'an", ['2024-07-17', '2024-07-18']), back('Hong Kong', '2024-07-18')],
  },
  {
    what: 'HK, CSD the day after: "led a delegation to Guangzhou and Foshan yesterday (September 26) by cross-boundary coach"',
    text: 'CCS visits Guangzhou and Foshan\n\nThe Commissioner of Correctional Services, Mr Wong Kwok-hing, led a delegation to Guangzhou and Foshan yesterday (September 26) by cross-boundary coach to exchange views with the Guangdong Provincial Prison Administration.\n\nIn Guangzhou, Mr Wong visited a rehabilitation centre. In the afternoon, the delegation went on to Foshan to see a vocational training programme for persons in custody, and returned to Hong Kong in the evening.',
    published: '2024-09-27',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-09-26'), at('Guangzhou', ['2024-09-26'], 'road'), at('Foshan', ['2024-09-26']), back('Hong Kong', '2024-09-26')],
  },
  {
    what: 'Macao, CE: "will depart for Hangzhou on 22 September", "return to Macao on 24 September"',
    text: 'Chief Executive to attend opening ceremony of Asian Games\n\nThe Chief Executive, Mr Ho Iat Seng, will depart for Hangzhou on 22 September to attend the opening ceremony of the 19th Asian Games the following day, and to cheer on the athletes of the Macao delegation.\n\nMr Ho will return to Macao on 24 September. During his absence, the Secretary for Administration and Justice, Mr André Cheong Weng Chon, will be Acting Chief Executive.',
    published: '2023-09-21',
    home: 'Macao',
    stops: [from('Macao', '2023-09-22'), at('Hangzhou', ['2023-09-22', '2023-09-23', '2023-09-24']), back('Macao', '2023-09-24')],
    why: 'the day of an event "the following day" in the sentence that travels there is taken as the arrival, so the day of leaving for Hangzhou is not a day there',
  },
  {
    what: 'Macao, Secretary: "took the ferry to Shenzhen this morning (19 April)", "returned to Macao by the Hong Kong-Zhuhai-Macao Bridge"',
    text: 'Secretary for Administration and Justice visits Shenzhen\n\nThe Secretary for Administration and Justice, Mr André Cheong Weng Chon, took the ferry to Shenzhen this morning (19 April) to learn about the digital government services of the city.\n\nIn Shenzhen, Mr Cheong met the Vice Mayor responsible for government services and visited a one-stop service centre. He returned to Macao by the Hong Kong-Zhuhai-Macao Bridge in the evening.',
    published: '2024-04-19',
    home: 'Macao',
    stops: [from('Macao', '2024-04-19'), at('Shenzhen', ['2024-04-19'], 'sea'), back('Macao', '2024-04-19', 'road')],
  },
  {
    what: 'Beijing, a ministry told afterwards: "visited Hong Kong from March 18 to 20 and Macao on March 21"',
    text: 'Minister Sun Yeli visits Hong Kong and Macao\n\nMinister of Culture and Tourism Sun Yeli visited the Hong Kong Special Administrative Region from March 18 to 20 and the Macao Special Administrative Region on March 21.\n\nIn Hong Kong, Sun met Chief Executive John Lee and visited the Hong Kong Palace Museum in the West Kowloon Cultural District. In Macao, he met Chief Executive Ho Iat Seng and toured the Historic Centre of Macao.',
    published: '2024-03-22',
    home: 'Beijing',
    stops: [from('Beijing'), at('Hong Kong', ['2024-03-18', '2024-03-20']), at('Macao', ['2024-03-21']), back('Beijing')],
  },
  {
    what: 'HK, SCED: "will depart for Haikou tomorrow (March 26)", "travel to Boao by road on March 27"',
    text: 'SCED to attend Boao Forum for Asia\n\nThe Secretary for Commerce and Economic Development, Mr Algernon Yau, will depart for Haikou tomorrow (March 26) to meet officials of the Hainan Provincial Government on co-operation between Hong Kong and the Hainan Free Trade Port.\n\nNext day (March 27), he will travel to Boao by road to attend the Boao Forum for Asia Annual Conference. Mr Yau will return to Hong Kong on the evening of March 28.',
    published: '2024-03-25',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-03-26'), at('Haikou', ['2024-03-26']), at('Boao', ['2024-03-27', '2024-03-28'], 'road'), back('Hong Kong', '2024-03-28')],
  },
  {
    what: 'HK, CS the day after: "crossed the Hong Kong-Zhuhai-Macao Bridge to Zhuhai by coach", "went on to Zhongshan in the afternoon"',
    text: 'CS visits Zhuhai and Zhongshan\n\nThe Chief Secretary for Administration, Mr Chan Kwok-ki, visited Zhuhai and Zhongshan yesterday (October 9).\n\nThe delegation crossed the Hong Kong-Zhuhai-Macao Bridge to Zhuhai by coach in the morning, where Mr Chan met the Mayor of Zhuhai and visited an aviation industrial park. He went on to Zhongshan in the afternoon to meet Hong Kong young people working in the city, and returned to Hong Kong in the evening.',
    published: '2024-10-10',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-10-09'), at('Zhuhai', ['2024-10-09'], 'road'), at('Zhongshan', ['2024-10-09']), back('Hong Kong', '2024-10-09')],
  },
  {
    what: 'HK, LegCo: "will depart for Beijing by high-speed rail on April 15", "Next day (April 16)", "take the high-speed rail to Shanghai on April 17"',
    text: 'LegCo delegation to visit Beijing and Shanghai\n\nThe President of the Legislative Council, Mr Andrew Leung, will lead a delegation of Members to Beijing and Shanghai from April 15 to 18.\n\nThe delegation will depart for Beijing by high-speed rail from West Kowloon Station on April 15. Next day (April 16), Members will meet the Chairman of the Standing Committee of the National People\'s Congress. The delegation will take the high-speed rail to Shanghai on April 17 to visit the Lingang Special Area, and will return to Hong Kong on April 18.',
    published: '2024-04-12',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-04-15'), at('Beijing', ['2024-04-15', '2024-04-16'], 'rail'), at('Shanghai', ['2024-04-17'], 'rail'), at('Lingang New Area', ['2024-04-17']), back('Hong Kong', '2024-04-18')],
  },
];

// Written after the fixes, for rules that the tuning texts needed with them (`222`, `519`): each fails on the extractor of main.
export const after: Case[] = [
  {
    what: 'Macao, told the day after: "led a delegation of the Macao SAR Government to Zhongshan yesterday (14 March)", then "set off from Macao by road"',
    text: 'Secretary for Transport and Public Works leads delegation to Zhongshan\n\nThe Secretary for Transport and Public Works, Mr Raymond Tam, led a delegation of the Macao SAR Government to Zhongshan yesterday (14 March) to discuss the cross-boundary transport links of the western Pearl River Delta.\n\nThe delegation set off from Macao by road on Thursday morning and met the Mayor of Zhongshan in the afternoon. It returned to Macao in the evening.',
    published: '2024-03-15',
    home: 'Macao',
    stops: [from('Macao', '2024-03-14'), at('Zhongshan', ['2024-03-14'], 'road'), back('Macao', '2024-03-14')],
  },
  {
    what: 'HK: "led a delegation of officials to Shenzhen today (January 12)", "crossed the boundary by coach at the Shenzhen Bay Port"',
    text: 'SDEV visits Shenzhen\n\nThe Secretary for Development, Ms Bernadette Linn, led a delegation of officials to Shenzhen today (January 12) to learn about the urban renewal of the city.\n\nThe delegation crossed the boundary by coach at the Shenzhen Bay Port in the morning. In Shenzhen, Ms Linn met the Director of the Shenzhen Municipal Bureau of Planning and Natural Resources.\n\nThe delegation returned to Hong Kong in the evening.',
    published: '2024-01-12',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-01-12'), at('Shenzhen', ['2024-01-12'], 'road'), back('Hong Kong', '2024-01-12')],
  },
];

describe("announcements of Hong Kong's, Macao's and the Mainland's officials, round 21", () => {
  it.each(cases.filter((c) => !c.why).map((c) => [c.what, c] as const))('reads %s', (_, c) => {
    expect(misses(c)).toEqual([]);
  });

  it.each(unseen.filter((c) => !c.why).map((c) => [c.what, c] as const))('reads %s', (_, c) => {
    expect(misses(c)).toEqual([]);
  });

  it.each(after.map((c) => [c.what, c] as const))('reads %s', (_, c) => {
    expect(misses(c)).toEqual([]);
  });

  it('keeps an undated district told in a sentence of its city\'s stay with that city ("In Shenzhen, He visited the Qianhai … Zone")', () => {
    const c = cases.find((x) => x.what.startsWith('Beijing, an inspection'))!;
    expect(draft(c.text, c.published, c.home).stops.map((s) => s.name)).toEqual(['Beijing', 'Shenzhen', 'Qianhai', 'Dongguan', 'Beijing']);
  });
});

// Still misread, for the next round (each case's `why`).
export const left = [...cases, ...unseen].filter((c) => c.why);
