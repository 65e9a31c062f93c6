/**
 * The demo shop's catalog: about 200 products in 8 categories, with EAN-13 barcodes (valid check
 * digit, the in-store 20–29 prefix so they never clash with a real product) and CNY prices. The
 * names are plain English and Chinese pairs, so the shop reads well in both languages.
 */
export type DemoProduct = { readonly sku: string; readonly name: string; readonly barcode: string; readonly unitPriceMinor: number };
export type DemoCategory = { readonly name: string; readonly products: readonly DemoProduct[] };

const CATEGORIES: readonly { name: string; sku: string; items: readonly string[]; sizes: readonly string[]; priceMinor: readonly [number, number] }[] = [
  { name: 'Drinks 饮料', sku: 'DRK', items: ['Green tea 绿茶', 'Oolong tea 乌龙茶', 'Cola 可乐', 'Orange juice 橙汁', 'Mineral water 矿泉水', 'Soy milk 豆奶', 'Coffee 咖啡'], sizes: ['330 ml', '500 ml', '1 L', '1.5 L'], priceMinor: [250, 1200] },
  { name: 'Snacks 零食', sku: 'SNK', items: ['Rice crackers 米饼', 'Potato chips 薯片', 'Peanuts 花生', 'Sunflower seeds 瓜子', 'Dried mango 芒果干', 'Biscuits 饼干'], sizes: ['80 g', '150 g', '250 g', '500 g'], priceMinor: [350, 2500] },
  { name: 'Dairy 乳制品', sku: 'DAI', items: ['Milk 牛奶', 'Yogurt 酸奶', 'Cheese 奶酪', 'Butter 黄油', 'Cream 奶油'], sizes: ['200 g', '250 g', '500 g', '1 kg', 'family'], priceMinor: [400, 3800] },
  { name: 'Bakery 烘焙', sku: 'BAK', items: ['White bread 白面包', 'Whole-wheat bread 全麦面包', 'Croissant 牛角包', 'Egg tart 蛋挞', 'Moon cake 月饼'], sizes: ['single', 'pack of 2', 'pack of 4', 'pack of 6', 'box'], priceMinor: [300, 4800] },
  { name: 'Pantry 粮油', sku: 'PAN', items: ['Jasmine rice 茉莉香米', 'Noodles 面条', 'Soy sauce 酱油', 'Vinegar 醋', 'Peanut oil 花生油', 'Flour 面粉'], sizes: ['500 g', '1 kg', '2 kg', '5 kg'], priceMinor: [500, 8900] },
  { name: 'Frozen 冷冻', sku: 'FRZ', items: ['Dumplings 饺子', 'Buns 包子', 'Ice cream 冰淇淋', 'Fish balls 鱼丸', 'Spring rolls 春卷'], sizes: ['300 g', '500 g', '1 kg', 'party pack'], priceMinor: [900, 5900] },
  { name: 'Household 日用品', sku: 'HOM', items: ['Dish soap 洗洁精', 'Tissues 纸巾', 'Laundry powder 洗衣粉', 'Toothpaste 牙膏', 'Shampoo 洗发水'], sizes: ['small', 'medium', 'large', 'refill', 'twin pack'], priceMinor: [600, 6900] },
  { name: 'Fresh 生鲜', sku: 'FRS', items: ['Apples 苹果', 'Bananas 香蕉', 'Tomatoes 番茄', 'Eggs 鸡蛋', 'Tofu 豆腐', 'Bok choy 小白菜'], sizes: ['bag', 'box', 'tray', 'bunch'], priceMinor: [300, 2800] },
];

/** The EAN-13 check digit of 12 digits (weights 1, 3, 1, 3 … from the left). */
export function ean13CheckDigit(twelve: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** The catalog, made from `random` (a seeded PRNG in [0, 1)): the same seed, the same shop. */
export function demoCatalog(random: () => number): DemoCategory[] {
  let serial = 0;
  return CATEGORIES.map((category, c) => ({
    name: category.name,
    products: category.items.flatMap((item) =>
      category.sizes.map((size) => {
        serial += 1;
        const [low, high] = category.priceMinor;
        // Prices end in 0 or 5 jiao-fen, as shops price them.
        const unitPriceMinor = Math.round((low + random() * (high - low)) / 10) * 10;
        const twelve = `2${c}${String(serial).padStart(10, '0')}`;
        return {
          sku: `${category.sku}-${String(serial).padStart(4, '0')}`,
          name: `${item} ${size}`,
          barcode: `${twelve}${ean13CheckDigit(twelve)}`,
          unitPriceMinor,
        };
      }),
    ),
  }));
}
