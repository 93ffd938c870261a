"""Words the demo catalogue is made of: departments, product families, colours, sizes."""

from __future__ import annotations

# code, name, final sale
DEPARTMENTS = [
    ("APP", "Apparel", False),
    ("SHOE", "Shoes", False),
    ("FURN", "Furniture", False),
    ("ELEC", "Electronics", False),
    ("GROC", "Grocery", False),
    ("GIFT", "Gifts", False),
    ("CLEAR", "Clearance (final sale)", True),
    ("SERV", "Services", False),
]

COLOURS = ["Black", "Navy", "Red", "Forest Green", "Grey", "White", "Camel", "Burgundy", "Sky Blue",
           "Charcoal", "Olive", "Mustard", "Ivory", "Rosé", "Teal"]
APPAREL_SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
SHOE_SIZES = ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"]

BRANDS = {
    "APP": ["Northwind", "Alpenglow", "Harbour & Co", "Fjällmark", "Urban Thread", "Côte Sauvage"],
    "SHOE": ["Strider", "Bergsteig", "Pace Lab", "Café Racer", "Solemates"],
    "FURN": ["Nordhaus", "Oak & Ember", "Lounge Theory", "Möbelwerk"],
    "ELEC": ["Voltura", "Sonique", "Pixelhaus", "Kestrel Audio", "Lumen"],
    "GROC": ["Green Valley", "Alpine Dairy", "Oatly Fields", "Bäckerei Sonne", "Harvest Co"],
    "GIFT": ["Hearth & Home", "Papeterie", "Candle Works", "Atelier Jouet"],
    "CLEAR": ["Northwind", "Strider", "Voltura"],
}

APPAREL = [("Jacket", ["Rain", "Down", "Softshell", "Denim", "Quilted", "Field"]),
           ("Shirt", ["Oxford", "Flannel", "Linen", "Poplin", "Chambray"]),
           ("Trousers", ["Chino", "Cargo", "Wool", "Corduroy"]),
           ("Sweater", ["Merino", "Cable-knit", "Cashmere", "Fisherman"]),
           ("Dress", ["Wrap", "Midi", "Shirt", "Knit"]),
           ("Coat", ["Pea", "Duffle", "Trench", "Parka"])]
SHOES = [("Sneaker", ["Court", "Trail", "Runner", "Canvas"]),
         ("Boot", ["Chelsea", "Hiking", "Winter", "Desert"]),
         ("Loafer", ["Penny", "Tassel", "Suede"]),
         ("Sandal", ["Leather", "Sport", "Cork"]),
         ("Walking Shoe", ["Comfort", "Orthopaedic", "Wide-fit"])]
FURNITURE = [("Sofa", (2100, 850, 950), 52000), ("Armchair", (850, 900, 880), 21000),
             ("Dining Table", (1800, 760, 900), 38000), ("Bookcase", (800, 1900, 320), 26000),
             ("Bed Frame", (1600, 1000, 2100), 41000), ("Coffee Table", (1100, 450, 600), 14000),
             ("Desk", (1400, 740, 700), 22000), ("Wardrobe", (1200, 2000, 600), 55000)]
FURN_STYLES = ["Oslo", "Bergen", "Lyon", "Kyoto", "Porto", "Aarhus", "Sevilla", "Malmö", "Gent", "Brno"]
ELECTRONICS = [("Headphones", 24), ("Bluetooth Speaker", 24), ("Smart Watch", 24), ("Tablet", 24),
               ("E-Reader", 12), ("Coffee Machine", 36), ("Vacuum Cleaner", 24), ("Hair Dryer", 24),
               ("Electric Kettle", 24), ("Desk Lamp", 12), ("Webcam", 12), ("Power Bank", 12)]
GROCERY = [("Whole Milk 1L", "milk"), ("Oat Drink Barista 1L", None), ("Almond Drink 1L", "tree nuts"),
           ("Greek Yoghurt 500g", "milk"), ("Sourdough Loaf", "gluten (wheat)"),
           ("Peanut Butter 350g", "peanuts"), ("Dark Chocolate 100g", "may contain milk, tree nuts"),
           ("Hummus 200g", "sesame"), ("Granola 500g", "gluten (oats), tree nuts"),
           ("Lactose-free Milk 1L", "milk"), ("Soy Drink 1L", "soya"), ("Rice Drink 1L", None),
           ("Cheddar 200g", "milk"), ("Egg Pasta 500g", "gluten (wheat), egg"), ("Olive Oil 500ml", None)]
GIFTS = ["Scented Candle", "Photo Frame", "Notebook Set", "Wooden Toy Train", "Tea Sampler",
         "Wool Scarf Gift Box", "Ceramic Mug", "Puzzle 1000 pcs", "Flower Bouquet", "Gift Card Holder"]
FIRST = ["Maria", "Tom", "Aisha", "Walter", "Daniel", "Eleanor", "Harold", "Nina", "José", "Zoë",
         "Liam", "Fatima", "Kenji", "Olga", "Pierre", "Chiara", "Noah", "Amara", "Sven", "Leila",
         "Ravi", "Ingrid", "Mateo", "Hana", "Grace", "Oskar", "Elif", "Samuel", "Yara", "Bruno"]
LAST = ["Gonzalez", "Becker", "Khan", "Brennan", "Moreau", "Whitfield", "Jensen", "Patel", "Müller",
        "Nakamura", "O'Brien", "Kowalski", "Haddad", "Lindqvist", "Rossi", "Adeyemi", "Dubois",
        "Novak", "Fernández", "Schmidt", "Andersen", "Costa", "Yilmaz", "Murphy", "Silva"]
