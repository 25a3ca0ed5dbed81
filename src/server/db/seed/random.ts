import { creditCodeCheckChar } from '../../../shared/validators';
/** A small seeded generator (mulberry32) so the demo street is the same on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN_F = [
  '丽',
  '秀英',
  '敏',
  '静',
  '艳',
  '娟',
  '霞',
  '芳',
  '婷',
  '燕',
  '玉兰',
  '桂英',
  '红梅',
  '晓燕',
  '雪',
  '慧',
  '丹',
  '琳',
  '倩',
  '萍',
  '海燕',
  '春梅',
  '淑珍',
  '翠花',
];
const GIVEN_M = [
  '伟',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '平',
  '辉',
  '鹏',
  '华',
  '飞',
  '建国',
  '志强',
  '海波',
  '国庆',
  '春生',
  '德胜',
  '宏伟',
  '文斌',
];

export function chineseName(rand: ReturnType<typeof seededRandom>, gender: 'female' | 'male'): string {
  return rand.pick([...SURNAMES]) + rand.pick(gender === 'female' ? GIVEN_F : GIVEN_M);
}

/** A fictional 统一社会信用代码 of the district (its check character correct), numbered by `seq`. */
export function fictionalCreditCode(seq: number): string {
  const first17 = `91370211MA${String(1000000 + seq).slice(1)}${'0'.repeat(1)}`.slice(0, 17).replace(/[IOZSV]/g, '0');
  return first17 + creditCodeCheckChar(first17);
}
